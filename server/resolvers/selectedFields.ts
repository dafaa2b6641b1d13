import type { GraphQLInterfaceType, GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/**
 * The names of the fields a request selects on what a resolver returns (each item of a list),
 * through fragments and aliases alike: a read can leave out what nobody asked for.
 */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  return new Set(Object.values(tree?.fieldsByTypeName ?? {}).flatMap((fields) => Object.values(fields).map((field) => field.name)));
}

/** The names of every field a request selects below a resolver's result, at any depth. */
export function selectedFieldsDeep(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const walk = (tree: ResolveTree) => {
    for (const fields of Object.values(tree.fieldsByTypeName))
      for (const field of Object.values(fields)) {
        names.add(field.name);
        walk(field);
      }
  };
  const tree = parseResolveInfo(info) as ResolveTree | null;
  if (tree) walk(tree);
  return names;
}

/**
 * The names of the fields a request selects on entities (the Entity interface and the types
 * implementing it), anywhere below a resolver's result: what storedProps reads from Neo4j.
 */
export function selectedEntityFields(info: GraphQLResolveInfo): Set<string> {
  // By name, not instanceof: the schema's graphql and this module's may be two copies (CJS, ESM).
  const entity = info.schema.getType('Entity') as GraphQLInterfaceType;
  const entityTypes = new Set(['Entity', ...info.schema.getImplementations(entity).objects.map((type) => type.name)]);
  const names = new Set<string>();
  const walk = (tree: ResolveTree) => {
    for (const [typeName, fields] of Object.entries(tree.fieldsByTypeName))
      for (const field of Object.values(fields)) {
        if (entityTypes.has(typeName)) names.add(field.name);
        walk(field);
      }
  };
  const tree = parseResolveInfo(info) as ResolveTree | null;
  if (tree) walk(tree);
  return names;
}

import type { GraphQLInterfaceType, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/** The field names a request selects below a resolver's result, through fragments and aliases alike. */
export interface Selection {
  /** On what the resolver returns (each item of a list). */
  top: Set<string>;
  /** At any depth. */
  deep: Set<string>;
  /** On entities (the Entity interface and the types implementing it) at any depth: what storedProps reads from Neo4j. */
  onEntities: Set<string>;
}

/** The Entity types' names, once per schema. */
const entityTypesOf = new WeakMap<GraphQLSchema, Set<string>>();

function entityTypes(schema: GraphQLSchema): Set<string> {
  let names = entityTypesOf.get(schema);
  if (!names) {
    // By name, not instanceof: the schema's graphql and this module's may be two copies (CJS, ESM).
    const entity = schema.getType('Entity') as GraphQLInterfaceType;
    names = new Set(['Entity', ...schema.getImplementations(entity).objects.map((type) => type.name)]);
    entityTypesOf.set(schema, names);
  }
  return names;
}

/** What a request selects, read once (a read can leave out what nobody asked for). */
export function selectedFields(info: GraphQLResolveInfo): Selection {
  const entities = entityTypes(info.schema);
  const selection: Selection = { top: new Set(), deep: new Set(), onEntities: new Set() };
  const walk = (tree: ResolveTree, top: boolean) => {
    for (const [typeName, fields] of Object.entries(tree.fieldsByTypeName))
      for (const field of Object.values(fields)) {
        if (top) selection.top.add(field.name);
        selection.deep.add(field.name);
        if (entities.has(typeName)) selection.onEntities.add(field.name);
        walk(field, false);
      }
  };
  const tree = parseResolveInfo(info) as ResolveTree | null;
  if (tree) walk(tree, true);
  return selection;
}

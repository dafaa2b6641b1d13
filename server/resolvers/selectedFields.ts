import type { GraphQLResolveInfo } from 'graphql';
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

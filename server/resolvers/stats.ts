import { statsQuery } from '../cypher/stats.js';
import type { Count, QueryResolvers } from '../generated/graphql.js';

const byKey = (a: Count, b: Count) => a.key.localeCompare(b.key);

export const stats: QueryResolvers['stats'] = async (_parent, _args, { executor }) => {
  const [record] = await executor.read(statsQuery());
  const kinds = (record?.get('kinds') ?? []) as Count[];
  const relationships = (record?.get('relationships') ?? []) as Count[];
  return { kinds: kinds.sort(byKey), relationships: relationships.sort(byKey) };
};

import { z } from 'zod';
import { searchQuery } from '../cypher/search.js';
import { toEntity, type NodeProps } from '../db/records.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { intInRange, kindsArg, nonBlank, parseArgs } from './parseArgs.js';
import { checkDocumentFound, scopeArgs, scopeOf } from './scopeArgs.js';

const Args = z.object({
  text: nonBlank.pipe(z.string().max(200, 'must be at most 200 characters')),
  kinds: kindsArg,
  limit: intInRange(1, 100),
  ...scopeArgs,
});

export const search: QueryResolvers['search'] = async (_parent, args, { executor }) => {
  const { text, kinds, limit, ...rest } = parseArgs(Args, args);
  const scope = scopeOf(rest);
  const [record] = await executor.read(searchQuery({ text, kinds, limit, scope }));
  checkDocumentFound(scope, record?.has('documentFound') ? record.get('documentFound') : undefined);
  const hits = (record?.get('hits') ?? []) as { entity: NodeProps; score: number }[];
  return hits.map((hit) => ({ entity: toEntity(hit.entity), score: hit.score }));
};

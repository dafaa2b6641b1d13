import { z } from 'zod';
import { MAX_DEPTH, neighborhoodQuery } from '../cypher/neighborhood.js';
import { madeBy } from '../documents/madeBy.js';
import { toSubgraph, type EdgeRow, type NodeProps } from '../db/records.js';
import { NotFoundError } from '../errors.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { intInRange, kindsArg, nonBlank, parseArgs } from './parseArgs.js';
import { asOfArg, checkDocumentFound, scopeArgs, scopeOf } from './scopeArgs.js';

const Args = z.object({
  ids: z.array(nonBlank).min(1, 'must name at least one id').max(200, 'must name at most 200 ids'),
  depth: intInRange(1, MAX_DEPTH),
  kinds: kindsArg,
  limit: intInRange(1, 2000),
  ...scopeArgs,
  asOf: asOfArg,
});

export const neighborhood: QueryResolvers['neighborhood'] = async (_parent, args, { executor }) => {
  const { documentId, from, to, asOf, ...parsed } = parseArgs(Args, args);
  const scope = scopeOf({ documentId, from, to });
  const ids = [...new Set(parsed.ids)];
  const [record] = await executor.read(neighborhoodQuery({ ...parsed, ids, scope }));
  if (record?.has('documentFound')) checkDocumentFound(scope, record.get('documentFound'));
  const missing = record ? (record.get('missing') as string[]) : ids;
  if (missing.length > 0) throw new NotFoundError('entity', missing);
  const subgraph = toSubgraph(record!.get('nodes') as NodeProps[], record!.get('edges') as EdgeRow[], record!.get('truncated') as boolean, { asOf });
  return madeBy(subgraph, asOf, new Set(ids));
};

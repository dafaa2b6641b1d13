import { z } from 'zod';
import { MAX_HOPS, pathsQuery } from '../cypher/paths.js';
import { toSubgraph, type EdgeRow, type NodeProps } from '../db/records.js';
import { NotFoundError } from '../errors.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { intInRange, nonBlank, parseArgs } from './parseArgs.js';

const Args = z.object({ from: nonBlank, to: nonBlank, maxHops: intInRange(1, MAX_HOPS) });

export const paths: QueryResolvers['paths'] = async (_parent, args, { executor }) => {
  const { from, to, maxHops } = parseArgs(Args, args);
  const [record] = await executor.read(pathsQuery(from, to, maxHops));
  if (!record?.get('fromFound')) throw new NotFoundError('entity', from);
  if (!record.get('toFound')) throw new NotFoundError('entity', to);
  // A node's path to itself: the node alone, zero hops.
  if (record.get('same')) return [toSubgraph([record.get('single') as NodeProps], [], false)];
  return (record.get('paths') as { nodes: NodeProps[]; edges: EdgeRow[] }[]).map((path) => toSubgraph(path.nodes, path.edges, false));
};

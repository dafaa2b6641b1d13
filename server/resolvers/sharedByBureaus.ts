import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { z } from 'zod';
import { sharedByBureausQuery } from '../cypher/sharedByBureaus.js';
import { toEntity, type NodeProps } from '../db/records.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { intInRange, kindsArg, parseArgs } from './parseArgs.js';

const Args = z.object({ kinds: kindsArg, minBureaus: intInRange(1, 100), limit: intInRange(1, 5000) });

export const sharedByBureaus: QueryResolvers['sharedByBureaus'] = async (_parent, args, { executor }, info) => {
  const { kinds, minBureaus, limit } = parseArgs(Args, args);
  // The pledges are most of the work and most of the answer: read only when asked for.
  const withPledges = asksFor(parseResolveInfo(info) as ResolveTree | null, 'pledges');
  const records = await executor.read(sharedByBureausQuery({ kinds, minBureaus, limit, withPledges }));
  return records.map((record) => ({
    entity: toEntity(record.get('entity') as NodeProps),
    bureaus: (record.get('bureaus') as NodeProps[]).map((node) => toEntity(node)),
    pledges: (record.get('pledges') as NodeProps[]).map((node) => toEntity(node)),
  }));
};

/** Whether the selection (through any fragment, under any alias) has the field. */
function asksFor(tree: ResolveTree | null, field: string): boolean {
  return Object.values(tree?.fieldsByTypeName ?? {}).some((fields) => Object.values(fields).some((f) => f.name === field));
}

import { z } from 'zod';
import { sharedByBureausQuery } from '../cypher/sharedByBureaus.js';
import { toEntity, type NodeProps } from '../db/records.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { intInRange, kindsArg, parseArgs } from './parseArgs.js';

const Args = z.object({ kinds: kindsArg, minBureaus: intInRange(1, 100) });

export const sharedByBureaus: QueryResolvers['sharedByBureaus'] = async (_parent, args, { executor }) => {
  const { kinds, minBureaus } = parseArgs(Args, args);
  const records = await executor.read(sharedByBureausQuery(kinds, minBureaus));
  return records.map((record) => ({
    entity: toEntity(record.get('entity') as NodeProps),
    bureaus: (record.get('bureaus') as NodeProps[]).map((node) => toEntity(node)),
    pledges: (record.get('pledges') as NodeProps[]).map((node) => toEntity(node)),
  }));
};

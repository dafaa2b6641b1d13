import { z } from 'zod';
import { toEntity, type NodeProps } from '../db/records.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { readSharedByBureaus } from '../sharing/readSharedByBureaus.js';
import { intInRange, kindsArg, parseArgs } from './parseArgs.js';
import { selectedFields } from './selectedFields.js';
import { storedProps } from './storedProps.js';

const Args = z.object({ kinds: kindsArg, minBureaus: intInRange(1, 100), limit: intInRange(1, 5000) });

export const sharedByBureaus: QueryResolvers['sharedByBureaus'] = async (_parent, args, { executor }, info) => {
  const { kinds, minBureaus, limit } = parseArgs(Args, args);
  // The pledges are most of the work and most of the answer: read only when asked for.
  const { top, onEntities } = selectedFields(info);
  const withPledges = top.has('pledges');
  // Hundreds of entities: read only the properties the request selects of them.
  const props = storedProps(onEntities);
  const shared = await readSharedByBureaus(executor, { kinds, minBureaus, limit, withPledges, props });
  // Each bureau mapped once: the entities share the same few tens of them.
  const mapped = new Map<string, ReturnType<typeof toEntity>>();
  const bureauEntity = (bureau: NodeProps) => {
    if (!mapped.has(bureau.id)) mapped.set(bureau.id, toEntity(bureau));
    return mapped.get(bureau.id)!;
  };
  return shared.map(({ entity, bureaus, pledges }) => ({
    entity: toEntity(entity),
    bureaus: bureaus.map(bureauEntity),
    pledges: pledges.map((node) => toEntity(node)),
  }));
};

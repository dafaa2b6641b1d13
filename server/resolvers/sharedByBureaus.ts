import { z } from 'zod';
import { toEntity } from '../db/records.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { readSharedByBureaus } from '../shared/readSharedByBureaus.js';
import { intInRange, kindsArg, parseArgs } from './parseArgs.js';
import { selectedFields } from './selectedFields.js';

const Args = z.object({ kinds: kindsArg, minBureaus: intInRange(1, 100), limit: intInRange(1, 5000) });

export const sharedByBureaus: QueryResolvers['sharedByBureaus'] = async (_parent, args, { executor }, info) => {
  const { kinds, minBureaus, limit } = parseArgs(Args, args);
  // The pledges are most of the work and most of the answer: read only when asked for.
  const withPledges = selectedFields(info).has('pledges');
  const shared = await readSharedByBureaus(executor, { kinds, minBureaus, limit, withPledges });
  // Each bureau mapped once: the entities share them.
  const bureaus = new Map<string, ReturnType<typeof toEntity>>();
  return shared.map(({ entity, bureaus: of, pledges }) => ({
    entity: toEntity(entity),
    bureaus: of.map((b) => bureaus.get(b.id) ?? bureaus.set(b.id, toEntity(b)).get(b.id)!),
    pledges: pledges.map((node) => toEntity(node)),
  }));
};

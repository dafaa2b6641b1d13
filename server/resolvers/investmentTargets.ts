import { z } from 'zod';
import { toEntity } from '../db/records.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { readInvestmentTargets } from '../targets/investmentTargets.js';
import { nonBlank, parseArgs } from './parseArgs.js';

const Args = z.object({ bureauId: nonBlank.nullish() });

export const investmentTargets: QueryResolvers['investmentTargets'] = async (_parent, args, { executor }) => {
  const { bureauId } = parseArgs(Args, args);
  const targets = await readInvestmentTargets(executor, bureauId ?? null);
  return targets.map((target) => ({
    ...target,
    enterprise: toEntity(target.enterprise),
    bureaus: target.bureaus.map((node) => toEntity(node)),
    pledges: target.pledges.map((node) => toEntity(node)),
    destinations: target.destinations.map((node) => toEntity(node)),
    byBureau: target.byBureau.map((row) => ({
      ...row,
      bureau: toEntity(row.bureau),
      pledges: row.pledges.map((node) => toEntity(node)),
      destinations: row.destinations.map((node) => toEntity(node)),
    })),
  }));
};

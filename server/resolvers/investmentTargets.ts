import { z } from 'zod';
import { toEntity } from '../db/records.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { readInvestmentTargets } from '../targets/investmentTargets.js';
import { nonBlank, parseArgs } from './parseArgs.js';
import { selectedFieldsDeep } from './selectedFields.js';

const Args = z.object({ bureauId: nonBlank.nullish() });

/** What needs the quotes: stages are read from them, and any entity's quotes, status or history. */
const NEEDS_QUOTES = ['stage', 'stageVerb', 'stageQuote', 'sources', 'status', 'statusHistory'];

export const investmentTargets: QueryResolvers['investmentTargets'] = async (_parent, args, { executor }, info) => {
  const { bureauId } = parseArgs(Args, args);
  // A hub bureau courts thousands: its quotes are most of the answer, read only when selected.
  const fields = selectedFieldsDeep(info);
  const targets = await readInvestmentTargets(executor, bureauId ?? null, { withQuotes: NEEDS_QUOTES.some((field) => fields.has(field)) });
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

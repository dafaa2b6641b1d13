import { z } from 'zod';
import { toEntity } from '../db/records.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { readInvestmentTargets, TARGET_PROPS } from '../targets/investmentTargets.js';
import { intInRange, nonBlank, parseArgs } from './parseArgs.js';
import { selectedFields } from './selectedFields.js';
import { storedProps } from './storedProps.js';

const Args = z.object({ bureauId: nonBlank.nullish(), limit: intInRange(1, 2000), after: nonBlank.nullish() });

/** What needs the quotes: stages are read from them, and any entity's quotes, status or history. */
const NEEDS_QUOTES = ['stage', 'stageVerb', 'stageQuote', 'sources', 'status', 'statusHistory'];

/** Stages are read from the pledges' words and quotes too. */
const STAGE_FIELDS = ['text', 'sources'];

export const investmentTargets: QueryResolvers['investmentTargets'] = async (_parent, args, { executor }, info) => {
  const { bureauId, limit, after } = parseArgs(Args, args);
  // A hub bureau courts thousands: read only the properties and quotes the request selects.
  const { deep, onEntities } = selectedFields(info);
  const withQuotes = NEEDS_QUOTES.some((field) => deep.has(field));
  const props = storedProps([...onEntities, ...(withQuotes ? STAGE_FIELDS : [])], TARGET_PROPS);
  const targets = await readInvestmentTargets(executor, bureauId ?? null, { withQuotes, props, limit, after });
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

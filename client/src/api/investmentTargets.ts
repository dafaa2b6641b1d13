import { InvestmentTargetsDocument, type InvestmentTargetsQuery } from '../generated/operations.js';
import type { GraphqlRequest } from './graphqlRequest.js';
import type { EntityRecord } from './records.js';

type Target = InvestmentTargetsQuery['investmentTargets'][number];
type ByBureau = Target['byBureau'][number];

/** One bureau's side of a target: one row of the investment-targets table. */
export type TargetByBureauRecord = Omit<ByBureau, 'bureau' | 'destinations'> & { bureau: EntityRecord; destinations: EntityRecord[] };
/** A company or institution being courted, with every courting bureau's side of it. */
export type TargetRecord = Omit<Target, 'enterprise' | 'destinations' | 'byBureau'> & {
  enterprise: EntityRecord;
  destinations: EntityRecord[];
  byBureau: TargetByBureauRecord[];
};

/** The most the API gives in one answer (schema: investmentTargets' limit). */
export const TARGETS_PAGE = 2000;

/**
 * Every company or institution the pledges court or partner (or of one bureau's pledges): page
 * after page, each after the last one's enterprise, until a page comes back short.
 */
export async function fetchInvestmentTargets(request: GraphqlRequest, bureauId: string | null = null): Promise<TargetRecord[]> {
  const targets: TargetRecord[] = [];
  let after: string | null = null;
  for (;;) {
    const page: TargetRecord[] = (await request(InvestmentTargetsDocument, { bureauId, limit: TARGETS_PAGE, after })).investmentTargets;
    targets.push(...page);
    const last = page.at(-1)?.enterprise.id ?? null;
    // A short page is the last; a cursor that does not move would ask for the same page again.
    if (page.length < TARGETS_PAGE || last === null || last === after) return targets;
    after = last;
  }
}

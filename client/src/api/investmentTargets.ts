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

/** Every company or institution the pledges court or partner (or of one bureau's pledges). */
export async function fetchInvestmentTargets(request: GraphqlRequest, bureauId: string | null = null): Promise<TargetRecord[]> {
  return (await request(InvestmentTargetsDocument, { bureauId })).investmentTargets;
}

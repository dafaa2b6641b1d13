import type { PledgeStatus } from '../../server/generated/graphql.js';

/**
 * A pledge's status scale, in its order (the SDL's PledgeStatus): made and not yet rated, under
 * way or stuck, then the verdicts, rated on outcomes as the promise trackers do. The ingest
 * input, the seed files' status changes and the explorer's legend all take it from here.
 */
export const PLEDGE_STATUSES = ['pledged', 'in_the_works', 'stalled', 'kept', 'compromise', 'broken'] as const satisfies readonly PledgeStatus[];

export function isPledgeStatus(value: unknown): value is PledgeStatus {
  return typeof value === 'string' && (PLEDGE_STATUSES as readonly string[]).includes(value);
}

import { NeighborhoodDocument } from '../generated/operations.js';
import { NO_TIME, scopeArgs, type TimeState } from '../state/timeState.js';
import type { GraphqlRequest } from './graphqlRequest.js';
import type { SubgraphRecord } from './records.js';

/**
 * The ids, everything within `depth` of them, and every relationship among those nodes; with
 * `time`, only neighbours citing its scope, and pledges' statuses as of its day.
 */
export async function fetchNeighborhood(request: GraphqlRequest, ids: string[], depth = 1, limit = 2000, time: TimeState = NO_TIME): Promise<SubgraphRecord> {
  return (await request(NeighborhoodDocument, { ids, depth, limit, asOf: time.asOf, ...scopeArgs(time) })).neighborhood;
}

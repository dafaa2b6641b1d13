import { NeighborhoodDocument } from '../generated/operations.js';
import type { GraphqlRequest } from './graphqlRequest.js';
import type { SubgraphRecord } from './records.js';

/** The ids, everything within `depth` of them, and every relationship among those nodes. */
export async function fetchNeighborhood(request: GraphqlRequest, ids: string[], depth = 1, limit = 2000): Promise<SubgraphRecord> {
  return (await request(NeighborhoodDocument, { ids, depth, limit })).neighborhood;
}

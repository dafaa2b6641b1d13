import { PathsDocument } from '../generated/operations.js';
import type { GraphqlRequest } from './graphqlRequest.js';
import type { SubgraphRecord } from './records.js';

/** All shortest paths between two entities (direction ignored), one subgraph per path. */
export async function fetchPaths(request: GraphqlRequest, from: string, to: string, maxHops = 6): Promise<SubgraphRecord[]> {
  return (await request(PathsDocument, { from, to, maxHops })).paths;
}

import { WalkthroughsDocument } from '../generated/operations.js';
import type { GraphqlRequest } from './graphqlRequest.js';
import type { WalkthroughRecord } from './records.js';

/** The guided walkthroughs for presenting, in the order the server lists them. */
export async function fetchWalkthroughs(request: GraphqlRequest): Promise<WalkthroughRecord[]> {
  return (await request(WalkthroughsDocument)).walkthroughs;
}

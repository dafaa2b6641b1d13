import { SharedByBureausDocument } from '../generated/operations.js';
import type { GraphqlRequest } from './graphqlRequest.js';
import type { SharedRecord } from './records.js';

/** Entities that the pledges of at least `minBureaus` bureaus concern. */
export async function fetchSharedByBureaus(request: GraphqlRequest, minBureaus = 2): Promise<SharedRecord[]> {
  return (await request(SharedByBureausDocument, { minBureaus })).sharedByBureaus;
}

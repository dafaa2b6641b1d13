import { BureausDocument } from '../generated/operations.js';
import type { GraphqlRequest } from './graphqlRequest.js';
import type { EntityRecord } from './records.js';

/** Every bureau, in the article's order: the overview shows the ones that share nothing too. */
export async function fetchBureaus(request: GraphqlRequest): Promise<EntityRecord[]> {
  return (await request(BureausDocument)).entities;
}

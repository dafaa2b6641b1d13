import type { EntityKind } from '../generated/graphql.js';
import { SearchDocument } from '../generated/operations.js';
import type { GraphqlRequest } from './graphqlRequest.js';
import type { Hit } from './records.js';

export async function searchEntities(request: GraphqlRequest, text: string, limit = 12, kinds?: EntityKind[]): Promise<Hit[]> {
  return (await request(SearchDocument, { text, limit, kinds: kinds ?? null })).search;
}

import type { EntityKind } from '../generated/graphql.js';
import { SearchDocument } from '../generated/operations.js';
import { NO_TIME, scopeArgs, type TimeState } from '../state/timeState.js';
import type { GraphqlRequest } from './graphqlRequest.js';
import type { Hit } from './records.js';

/** Entities matching `text`; with `time`, only those citing its document or a document dated in its range. */
export async function searchEntities(request: GraphqlRequest, text: string, limit = 12, kinds?: EntityKind[], time: TimeState = NO_TIME): Promise<Hit[]> {
  return (await request(SearchDocument, { text, limit, kinds: kinds ?? null, ...scopeArgs(time) })).search;
}

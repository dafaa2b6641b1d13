import type { EntityKind, QuerySearchArgs } from '../generated/graphql.js';
import { ENTITY_FIELDS } from './fragments.js';
import { graphqlRequest } from './graphqlRequest.js';
import type { EntityRecord } from './records.js';

const SEARCH = /* GraphQL */ `
  query Search($text: String!, $kinds: [EntityKind!], $limit: Int) {
    search(text: $text, kinds: $kinds, limit: $limit) { score entity { ...EntityFields } }
  }
  ${ENTITY_FIELDS}
`;

export interface Hit {
  entity: EntityRecord;
  score: number;
}

export async function searchEntities(text: string, limit = 12, kinds?: EntityKind[]): Promise<Hit[]> {
  const variables: QuerySearchArgs = { text, limit, kinds: kinds ?? null };
  return (await graphqlRequest<{ search: Hit[] }>(SEARCH, { ...variables })).search;
}

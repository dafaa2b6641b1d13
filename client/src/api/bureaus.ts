import { ENTITY_FIELDS } from './fragments.js';
import { graphqlRequest } from './graphqlRequest.js';
import type { EntityRecord } from './records.js';

const BUREAUS = /* GraphQL */ `
  query Bureaus {
    entities(kinds: [BUREAU]) { ...EntityFields }
  }
  ${ENTITY_FIELDS}
`;

/** Every bureau, in the article's order: the overview shows the ones that share nothing too. */
export async function fetchBureaus(): Promise<EntityRecord[]> {
  return (await graphqlRequest<{ entities: EntityRecord[] }>(BUREAUS)).entities;
}

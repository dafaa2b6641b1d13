import { ENTITY_FIELDS } from './fragments.js';
import { graphqlRequest } from './graphqlRequest.js';
import type { EntityRecord } from './records.js';

const BUREAUS = /* GraphQL */ `
  query Bureaus {
    search(text: "太白湖新区", kinds: [BUREAU], limit: 50) { entity { ...EntityFields } }
  }
  ${ENTITY_FIELDS}
`;

/**
 * Every bureau: the overview shows the ones that share nothing too. The API has no "list by
 * kind", so this asks search for the district's name, which every bureau's full name starts with.
 */
export async function fetchBureaus(): Promise<EntityRecord[]> {
  return (await graphqlRequest<{ search: { entity: EntityRecord }[] }>(BUREAUS)).search.map((hit) => hit.entity);
}

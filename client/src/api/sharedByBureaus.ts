import type { QuerySharedByBureausArgs } from '../generated/graphql.js';
import { ENTITY_FIELDS } from './fragments.js';
import { graphqlRequest } from './graphqlRequest.js';
import type { EntityRecord } from './records.js';

const SHARED = /* GraphQL */ `
  query SharedByBureaus($minBureaus: Int) {
    sharedByBureaus(minBureaus: $minBureaus) {
      entity { ...EntityFields }
      bureaus { ...EntityFields }
      pledges { ...EntityFields }
    }
  }
  ${ENTITY_FIELDS}
`;

export interface SharedRecord {
  entity: EntityRecord;
  bureaus: EntityRecord[];
  pledges: EntityRecord[];
}

/** Entities that the pledges of at least `minBureaus` bureaus concern. */
export async function fetchSharedByBureaus(minBureaus = 2): Promise<SharedRecord[]> {
  const variables: QuerySharedByBureausArgs = { minBureaus };
  return (await graphqlRequest<{ sharedByBureaus: SharedRecord[] }>(SHARED, { ...variables })).sharedByBureaus;
}

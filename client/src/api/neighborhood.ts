import type { QueryNeighborhoodArgs } from '../generated/graphql.js';
import { EDGE_FIELDS, ENTITY_FIELDS } from './fragments.js';
import { graphqlRequest } from './graphqlRequest.js';
import type { SubgraphRecord } from './records.js';

const NEIGHBORHOOD = /* GraphQL */ `
  query Neighborhood($ids: [ID!]!, $depth: Int, $limit: Int) {
    neighborhood(ids: $ids, depth: $depth, limit: $limit) {
      truncated
      nodes { ...EntityFields }
      edges { ...EdgeFields }
    }
  }
  ${ENTITY_FIELDS}
  ${EDGE_FIELDS}
`;

/** The ids, everything within `depth` of them, and every relationship among those nodes. */
export async function fetchNeighborhood(ids: string[], depth = 1, limit = 2000): Promise<SubgraphRecord> {
  const variables: QueryNeighborhoodArgs = { ids, depth, limit };
  return (await graphqlRequest<{ neighborhood: SubgraphRecord }>(NEIGHBORHOOD, { ...variables })).neighborhood;
}

import type { QueryPathsArgs } from '../generated/graphql.js';
import { EDGE_FIELDS, ENTITY_FIELDS } from './fragments.js';
import { graphqlRequest } from './graphqlRequest.js';
import type { SubgraphRecord } from './records.js';

const PATHS = /* GraphQL */ `
  query Paths($from: ID!, $to: ID!, $maxHops: Int) {
    paths(from: $from, to: $to, maxHops: $maxHops) {
      truncated
      nodes { ...EntityFields }
      edges { ...EdgeFields }
    }
  }
  ${ENTITY_FIELDS}
  ${EDGE_FIELDS}
`;

/** All shortest paths between two entities (direction ignored), one subgraph per path. */
export async function fetchPaths(from: string, to: string, maxHops = 6): Promise<SubgraphRecord[]> {
  const variables: QueryPathsArgs = { from, to, maxHops };
  return (await graphqlRequest<{ paths: SubgraphRecord[] }>(PATHS, { ...variables })).paths;
}

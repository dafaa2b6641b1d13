import type { Stats } from '../generated/graphql.js';
import { graphqlRequest } from './graphqlRequest.js';

const STATS = /* GraphQL */ `
  query Stats {
    stats {
      kinds { key count }
      relationships { key count }
    }
  }
`;

export async function fetchStats(): Promise<Stats> {
  return (await graphqlRequest<{ stats: Stats }>(STATS)).stats;
}

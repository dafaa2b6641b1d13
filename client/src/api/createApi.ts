import { fetchBureaus } from './bureaus.js';
import { fetchCitations, fetchFirstDocumentId } from './citations.js';
import { fetchDocument } from './documentText.js';
import { graphqlRequest, type GraphqlRequest } from './graphqlRequest.js';
import { fetchInvestmentTargets } from './investmentTargets.js';
import { fetchNeighborhood } from './neighborhood.js';
import { fetchPaths } from './paths.js';
import { searchEntities } from './search.js';
import { fetchSharedByBureaus } from './sharedByBureaus.js';
import { fetchWalkthroughs } from './walkthroughs.js';

/** Binds an operation to a transport: the request goes first, the operation's own arguments follow. */
type Bound<F> = F extends (request: never, ...args: infer A) => infer R ? (...args: A) => R : never;
const bind =
  <A extends unknown[], R>(operation: (request: GraphqlRequest, ...args: A) => R, request: GraphqlRequest) =>
  (...args: A) =>
    operation(request, ...args);

const OPERATIONS = {
  fetchBureaus,
  fetchCitations,
  fetchFirstDocumentId,
  fetchDocument,
  fetchNeighborhood,
  fetchPaths,
  searchEntities,
  fetchSharedByBureaus,
  fetchWalkthroughs,
  fetchInvestmentTargets,
};

/** Every operation the explorer uses, bound to one GraphQL endpoint. */
export type Api = { [K in keyof typeof OPERATIONS]: Bound<(typeof OPERATIONS)[K]> };

/**
 * The explorer's API, talking to `endpoint` (`/graphql` in the page; an absolute URL in Node,
 * where tests run the app layer against a real server).
 */
export function createApi(endpoint = '/graphql'): Api {
  const request = graphqlRequest(endpoint);
  return Object.fromEntries(Object.entries(OPERATIONS).map(([name, operation]) => [name, bind(operation as never, request)])) as unknown as Api;
}

import { fetchBureaus } from './bureaus.js';
import { fetchCitations, fetchFirstDocumentId } from './citations.js';
import { fetchDocument } from './documentText.js';
import { fetchDocuments } from './documents.js';
import { graphqlRequest, type GraphqlRequest } from './graphqlRequest.js';
import { fetchInvestmentTargets } from './investmentTargets.js';
import { fetchNeighborhood } from './neighborhood.js';
import { fetchPaths } from './paths.js';
import { searchEntities } from './search.js';
import { fetchSharedByBureaus } from './sharedByBureaus.js';
import { fetchWalkthroughs } from './walkthroughs.js';
import { deleteWalkthrough, importWalkthrough, saveWalkthrough } from './walkthroughWrites.js';

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
  fetchDocuments,
  fetchNeighborhood,
  fetchPaths,
  searchEntities,
  fetchSharedByBureaus,
  fetchWalkthroughs,
  fetchInvestmentTargets,
};
/** Writes: bound to a request that carries the editor token. */
const WRITES = { saveWalkthrough, deleteWalkthrough, importWalkthrough };

/** Every operation the explorer uses, bound to one GraphQL endpoint. */
export type Api = { [K in keyof typeof OPERATIONS]: Bound<(typeof OPERATIONS)[K]> } & { [K in keyof typeof WRITES]: Bound<(typeof WRITES)[K]> };

/**
 * The explorer's API, talking to `endpoint` (`/graphql` in the page; an absolute URL in Node,
 * where tests run the app layer against a real server). `token`: the editor token, if any, which
 * only the writes send.
 */
export function createApi(endpoint = '/graphql', token: () => string | null = () => null): Api {
  const bound = (operations: object, request: GraphqlRequest) =>
    Object.entries(operations).map(([name, operation]) => [name, bind(operation as never, request)] as const);
  return Object.fromEntries([...bound(OPERATIONS, graphqlRequest(endpoint)), ...bound(WRITES, graphqlRequest(endpoint, token))]) as unknown as Api;
}

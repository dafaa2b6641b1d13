import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/app.js';
import type { CypherQuery } from '../../server/db/CypherQuery.js';
import { graphqlPost, type GraphQLBody } from './graphqlPost.js';
import { silentLogger, testExecutor } from './testExecutor.js';

export interface TestApi {
  /** Where the app listens (no trailing slash): `${url}/graphql` is its GraphQL endpoint. */
  url: string;
  /** POSTs one operation; returns the parsed body. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLBody<T>>;
  /** Every Cypher query run since the last reset (the executor's onQuery hook). */
  queries: CypherQuery[];
  close(): Promise<void>;
}

/** The real app on the run's Neo4j (the global setup loaded the article graph), listening on a free port. */
export async function startTestApi(options: { exposeErrors?: boolean; editorToken?: string } = {}): Promise<TestApi> {
  const queries: CypherQuery[] = [];
  const executor = testExecutor(undefined, (query) => queries.push(query));
  const app = await createApp({ executor, logger: silentLogger, exposeErrors: options.exposeErrors ?? false, editorToken: options.editorToken });
  const server = app.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    queries,
    gql: async <T>(query: string, variables: Record<string, unknown> = {}) => (await graphqlPost<T>(url, query, variables)).body,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await app.stop();
      await executor.close();
    },
  };
}

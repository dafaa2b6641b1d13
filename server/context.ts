import type { RequestExecutor } from './db/requestExecutor.js';

/** Per-request context: resolvers reach Neo4j only through the executor. */
export interface Context {
  executor: RequestExecutor;
}

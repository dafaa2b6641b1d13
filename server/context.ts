import type { RequestExecutor } from './db/requestExecutor.js';

/** Per-request context: resolvers reach Neo4j only through the executor. */
export interface Context {
  executor: RequestExecutor;
  /** The request carries the editor token (server/auth): it may run mutations. */
  editor: boolean;
}

import type { Executor } from './db/executor.js';

/** Per-request context: resolvers reach Neo4j only through the executor. */
export interface Context {
  executor: Executor;
}

import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { superviseNeo4j, type SupervisedNeo4j } from '../neo4j/superviseNeo4j.js';
import { createDriver } from './createDriver.js';
import { createLimiter, QUEUE_WAIT_MS } from './createLimiter.js';
import { createExecutor, type Executor } from './executor.js';
import { watchReachability } from './watchReachability.js';

export interface Neo4jConnection {
  uri: string;
  mode: 'embedded' | 'external';
  executor: Executor;
  embedded?: SupervisedNeo4j;
  /** Closes the driver, then stops the embedded Neo4j if we started one. */
  close(): Promise<void>;
}

/** NEO4J_URI when set, else a freshly started embedded Neo4j; one executor either way. */
export async function connectNeo4j(config: Config, logger: Logger, onEmbedded?: (e: SupervisedNeo4j) => void): Promise<Neo4jConnection> {
  let embedded: SupervisedNeo4j | undefined;
  let uri = config.neo4j.uri;
  let { user, password } = config.neo4j;
  if (!uri) {
    const options = config.neo4j.embedded;
    logger.info({ dataDir: options.dataDir }, 'starting embedded Neo4j');
    embedded = await superviseNeo4j({ ...options, onLog: (line) => logger.info(line) }, logger);
    onEmbedded?.(embedded);
    ({ uri, user, password } = embedded);
    logger.info({ uri, pid: embedded.pid }, 'embedded Neo4j is up');
  }
  const driver = createDriver({ uri, user, password });
  const limiter = createLimiter({
    concurrency: config.neo4j.maxConcurrent,
    queue: config.neo4j.queue,
    maxWaitMs: QUEUE_WAIT_MS,
    onRefused: (load) => logger.warn(load, 'read refused: too many at once (MAX_CONCURRENT_QUERIES, QUERY_QUEUE)'),
  });
  // While the embedded JVM restarts, or a server of NEO4J_URI cannot be reached, fail at once
  // rather than wait on a dead socket.
  const reachability = embedded ? undefined : watchReachability(driver, config.neo4j.database, uri, logger);
  const queries = createExecutor({
    driver,
    database: config.neo4j.database,
    txTimeoutMs: config.neo4j.txTimeoutMs,
    logger,
    limiter,
    unavailable: embedded ? () => embedded.unavailable() : reachability?.unavailable,
  });
  const executor = reachability ? reachability.watching(queries) : queries;
  return {
    uri,
    mode: embedded ? 'embedded' : 'external',
    executor,
    embedded,
    async close() {
      await executor.close();
      await embedded?.stop();
    },
  };
}

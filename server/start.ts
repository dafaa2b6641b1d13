import type { Server } from 'node:http';
import { createApp } from './app.js';
import { CLIENT_DIST, ensureClientBuilt } from './client/ensureClientBuilt.js';
import type { Config } from './config.js';
import { createDriver } from './db/createDriver.js';
import { createExecutor, type Executor } from './db/executor.js';
import type { Logger } from './logger.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './neo4j/startEmbeddedNeo4j.js';

export interface RunningServer {
  url: string;
  executor: Executor;
  embedded?: EmbeddedNeo4j;
  /** Stops listening, closes the driver and stops the embedded Neo4j. Safe to call twice. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Build the client when stale (npm start); tests that only need the API skip it. */
  buildClient?: boolean;
  /** Called with the embedded Neo4j as soon as it runs, so a crash handler can stop it. */
  onEmbedded?: (embedded: EmbeddedNeo4j) => void;
}

/** Neo4j (embedded unless NEO4J_URI) → driver → app → listen. */
export async function startServer(config: Config, logger: Logger, options: StartOptions = {}): Promise<RunningServer> {
  const { buildClient = true } = options;
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    const { embedded: e } = config.neo4j;
    logger.info({ dataDir: e.dataDir }, 'starting embedded Neo4j');
    embedded = await startEmbeddedNeo4j({ ...e, onLog: (line) => logger.info(line) });
    options.onEmbedded?.(embedded);
    uri = embedded.uri;
    logger.info({ uri, pid: embedded.pid }, 'embedded Neo4j is up');
  }

  const driver = createDriver({ uri, user: config.neo4j.user, password: config.neo4j.password });
  const executor = createExecutor({ driver, database: config.neo4j.database, txTimeoutMs: config.neo4j.txTimeoutMs, logger });
  try {
    await executor.ping();
  } catch (error) {
    // An external server may come up later: serve anyway, /health says what is wrong meanwhile.
    if (embedded) throw error;
    logger.warn({ uri, reason: (error as Error).message }, 'Neo4j is not reachable yet; /health reports 503 until it is');
  }

  if (buildClient) await ensureClientBuilt((line) => logger.info(line));
  const { app, stop } = await createApp({
    executor,
    logger,
    exposeErrors: config.nodeEnv === 'development',
    clientDir: CLIENT_DIST,
    healthInfo: { mode: embedded ? 'embedded' : 'external', uri },
  });
  const server = await listen(app, config.port, config.host);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  logger.info({ url, graphql: `${url}/graphql` }, 'serving');

  let closing: Promise<void> | undefined;
  return {
    url,
    executor,
    embedded,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await stop();
        await executor.close();
        await embedded?.stop();
      })();
      return closing;
    },
  };
}

function listen(app: import('express').Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}

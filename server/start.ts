import type { Server } from 'node:http';
import type { Express } from 'express';
import { loadSeeds } from './load/loadSeeds.js';
import { createApp } from './app.js';
import { CLIENT_DIST, ensureClientBuilt } from './client/ensureClientBuilt.js';
import type { Config } from './config.js';
import { connectNeo4j, type Neo4jConnection } from './db/connectNeo4j.js';
import type { Executor } from './db/executor.js';
import { warmUp } from './db/warmUp.js';
import { checkPortFree, portError } from './http/checkPortFree.js';
import type { Logger } from './logger.js';
import type { EmbeddedNeo4j } from './neo4j/startEmbeddedNeo4j.js';

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

/** Neo4j (embedded unless NEO4J_URI) → seeds → client build → app → listen. */
export async function startServer(config: Config, logger: Logger, { buildClient = true, onEmbedded }: StartOptions = {}): Promise<RunningServer> {
  await checkPortFree(config.port, config.host);
  const neo4j = await connectNeo4j(config, logger, onEmbedded);
  try {
    return await serve(config, logger, neo4j, buildClient);
  } catch (error) {
    await neo4j.close();
    throw error;
  }
}

async function serve(config: Config, logger: Logger, neo4j: Neo4jConnection, buildClient: boolean) {
  const { executor, uri, mode } = neo4j;
  let reachable = true;
  try {
    await executor.ping();
  } catch (error) {
    // An external server may come up later: serve anyway, /health says what is wrong meanwhile.
    if (mode === 'embedded') throw error;
    reachable = false;
    logger.warn({ uri, reason: (error as Error).message }, 'Neo4j is not reachable yet; /health reports 503 until it is (then run npm run load)');
  }
  if (reachable) {
    const summary = await loadSeeds(executor, undefined, { force: false });
    logger.info(summary, summary.skipped ? 'seeds unchanged since the last load' : 'seeds loaded');
    await warmUp(executor).catch((error: Error) => logger.warn({ reason: error.message }, 'warm-up failed; the first requests will be slower'));
  }

  if (buildClient) await ensureClientBuilt((line) => logger.info(line));
  const { app, stop } = await createApp({
    executor,
    logger,
    exposeErrors: config.nodeEnv === 'development',
    clientDir: CLIENT_DIST,
    healthInfo: { mode, uri },
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
    embedded: neo4j.embedded,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await stop();
        await neo4j.close();
      })();
      return closing;
    },
  } satisfies RunningServer;
}

function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('listening', () => resolve(server));
    // Taken since checkPortFree looked (another app was quicker): the same message.
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code ? portError(error, port, host) : error));
  });
}

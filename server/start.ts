import type { Server } from 'node:http';
import type { Express } from 'express';
import { editorLink } from './auth/editorLink.js';
import { resolveEditorToken } from './auth/resolveEditorToken.js';
import { loadSeeds } from './load/loadSeeds.js';
import { SeedValidationError } from './load/SeedError.js';
import { createApp } from './app.js';
import { CLIENT_DIST, ensureClientBuilt } from './client/ensureClientBuilt.js';
import type { Config } from './config.js';
import { connectNeo4j, type Neo4jConnection } from './db/connectNeo4j.js';
import type { Executor } from './db/executor.js';
import { checkHealth, failedHealth, type HealthReport } from './db/checkHealth.js';
import { warmUp } from './db/warmUp.js';
import { EmbeddedNeo4jError } from './neo4j/EmbeddedNeo4jError.js';
import { checkPortFree, portError } from './http/checkPortFree.js';
import { stopListening } from './http/stopListening.js';
import type { Logger } from './logger.js';
import type { SupervisedNeo4j } from './neo4j/superviseNeo4j.js';
import { answerOversizedRequests } from './http/oversizedRequest.js';

export interface RunningServer {
  url: string;
  executor: Executor;
  embedded?: SupervisedNeo4j;
  /** Stops listening, closes the driver and stops the embedded Neo4j. Safe to call twice. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Build the client when stale (npm start); tests that only need the API skip it. */
  buildClient?: boolean;
  /** Called with the embedded Neo4j as soon as it runs, so a crash handler can stop it. */
  onEmbedded?: (embedded: SupervisedNeo4j) => void;
  /**
   * Where the editor link goes, once per start: plain stdout by default, beside (not inside) the
   * JSON log lines, so that a log shipper that parses those does not carry the token away.
   */
  announce?: (line: string) => void;
}

const toStdout = (line: string) => void process.stdout.write(`${line}\n`);

/** Neo4j (embedded unless NEO4J_URI) → seeds → client build → app → listen. */
export async function startServer(
  config: Config,
  logger: Logger,
  { buildClient = true, onEmbedded, announce = toStdout }: StartOptions = {},
): Promise<RunningServer> {
  await checkPortFree(config.port, config.host);
  const neo4j = await connectNeo4j(config, logger, onEmbedded);
  try {
    return await serve(config, logger, neo4j, buildClient, announce);
  } catch (error) {
    await neo4j.close();
    throw error;
  }
}

async function serve(config: Config, logger: Logger, neo4j: Neo4jConnection, buildClient: boolean, announce: (line: string) => void) {
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
    // A store that opens but cannot be read must stop the start, not hide behind a 200.
    const health = await loadAndCheck(executor, logger);
    if (health.status !== 'up') {
      const log = neo4j.embedded ? ` Neo4j's own log: ${neo4j.embedded.logFile}.` : '';
      const message = `Neo4j answers, but its data cannot be read: ${health.reason ?? health.status}.${log}`;
      if (mode === 'embedded')
        throw new EmbeddedNeo4jError(`${message} The store in NEO4J_DATA_DIR may be damaged: restore it from a backup, or move it away to start afresh.`);
      logger.error({ uri, reason: health.reason }, message);
    }
    await warmUp(executor).catch((error: Error) => logger.warn({ reason: error.message }, 'warm-up failed; the first requests will be slower'));
  }

  const editorToken = resolveEditorToken(config);
  if (buildClient) await ensureClientBuilt((line) => logger.info(line));
  const { app, stop } = await createApp({
    executor,
    logger,
    exposeErrors: config.nodeEnv === 'development',
    maxQueryCost: config.maxQueryCost,
    clientDir: CLIENT_DIST,
    healthInfo: { mode, uri },
    editorToken,
  });
  const server = await listen(app, config.port, config.host);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  logger.info({ url, graphql: `${url}/graphql` }, 'serving');
  announce(editorLink(url, editorToken));

  let closing: Promise<void> | undefined;
  return {
    url,
    executor,
    embedded: neo4j.embedded,
    close() {
      closing ??= (async () => {
        await stopListening(server);
        await stop();
        await neo4j.close();
      })();
      return closing;
    },
  } satisfies RunningServer;
}

/** The start-up's read of everything may be planned for the first time: more than a probe's 3 s. */
const STARTUP_CHECK_TIMEOUT_MS = 30_000;

/**
 * Loads the seeds (skipped when the stored graph is the seed graph), then reads everything as
 * /health does. What a rewrite can repair (a dropped index, an unreadable stored graph) is
 * rewritten once; a read or a rewrite that still fails is reported, for the caller to stop on.
 */
async function loadAndCheck(executor: Executor, logger: Logger): Promise<HealthReport> {
  const check = () => checkHealth(executor, { timeoutMs: STARTUP_CHECK_TIMEOUT_MS });
  const reload = async (why: string): Promise<HealthReport> => {
    logger.warn({ reason: why }, 'loading the seeds again');
    try {
      logger.info(await loadSeeds(executor, undefined, { force: true }), 'seeds loaded');
    } catch (error) {
      if (error instanceof SeedValidationError) throw error;
      return failedHealth(error);
    }
    return check();
  };
  let skipped: boolean;
  try {
    const summary = await loadSeeds(executor, undefined, { force: false });
    logger.info(summary, summary.skipped ? 'the stored graph is the seed graph: not rewritten' : 'seeds loaded');
    skipped = summary.skipped === true;
  } catch (error) {
    if (error instanceof SeedValidationError) throw error;
    return reload(`the stored graph cannot be read: ${failedHealth(error).reason}`);
  }
  const health = await check();
  return health.status === 'up' || !skipped ? health : reload(`Neo4j cannot answer a read of the seed graph: ${health.reason}`);
}

/** The longest a request may take to arrive in full (headers and body). */
const REQUEST_TIMEOUT_MS = 30_000;

function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    answerOversizedRequests(server);
    // A request whose body arrives slower than this is cut, not held open for minutes.
    server.requestTimeout = REQUEST_TIMEOUT_MS;
    server.headersTimeout = Math.min(server.headersTimeout, REQUEST_TIMEOUT_MS);
    server.once('listening', () => resolve(server));
    // Taken since checkPortFree looked (another app was quicker): the same message.
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code ? portError(error, port, host) : error));
  });
}

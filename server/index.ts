// Entry of `npm start`: configuration, then the server, then process signals. Nothing else.
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { SeedValidationError } from './load/SeedError.js';
import { EmbeddedNeo4jError } from './neo4j/EmbeddedNeo4jError.js';
import type { SupervisedNeo4j } from './neo4j/superviseNeo4j.js';
import { startServer, type RunningServer } from './start.js';

let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const logger = createLogger(config.logLevel);

let embedded: SupervisedNeo4j | undefined;
let running: RunningServer | undefined;

// Whatever ends this process, the JVM goes with it (it also watches its stdin pipe).
process.on('exit', () => embedded?.kill());

let stopping = false;
async function shutdown(signal: string, code: number) {
  // Ctrl+C reaches npm and us at once, and npm's exit then re-parents us: stop only once.
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  // The normal stop takes a few seconds (≤ 5 s for requests in flight, then Neo4j's own
  // shutdown); this is the last resort, and the exit handler then kills the JVM.
  const force = setTimeout(() => {
    logger.error('stop took longer than 20 s: exiting anyway');
    process.exit(code || 1);
  }, 20_000).unref();
  const started = Date.now();
  try {
    await running?.close();
    await embedded?.stop();
    logger.info({ ms: Date.now() - started, neo4jExit: embedded?.exitCode() }, 'stopped');
  } finally {
    clearTimeout(force);
    process.exit(code);
  }
}
// `npm start` runs us under `sh -c`; a SIGTERM sent to npm stops npm and sh but not us. When
// our parent goes away we are re-parented: take that as the signal to stop.
const parentAtStart = process.ppid;
setInterval(() => {
  if (process.ppid !== parentAtStart) void shutdown('parent exited', 0);
}, 1000).unref();

// \`on\`, not \`once\`: tsx (npm start's loader) exits at once with 130 on a signal that no other
// listener is left to handle, which would skip the clean stop; shutdown() runs only once anyway.
process.on('SIGINT', () => void shutdown('SIGINT', 0));
process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
process.on('uncaughtException', (error) => {
  logger.fatal({ err: error }, 'crashed');
  void shutdown('uncaughtException', 1);
});
process.on('unhandledRejection', (error) => {
  logger.fatal({ err: error }, 'crashed (unhandled rejection)');
  void shutdown('unhandledRejection', 1);
});

try {
  running = await startServer(config, logger, { onEmbedded: (e) => (embedded = e) });
} catch (error) {
  if (error instanceof EmbeddedNeo4jError || error instanceof SeedValidationError || error instanceof ConfigError) {
    // Expected failures (no Java, folder in use, port taken, a bad seed file): the message says what to do; no stack.
    console.error(`Cannot start: ${error.message}`);
  } else {
    logger.fatal({ err: error }, 'start-up failed');
  }
  await shutdown('startup-failure', 1);
}

// The API under test, in its own process so that its memory and CPU are its own: our app
// (createApp, as npm start builds it). Started by run.ts with the Neo4j address in the
// environment; prints one JSON line with its URL, then serves until its parent closes stdin.
// 127.0.0.1 only. @neo4j/graphql, for comparison, runs in a process of its own
// (serveNeo4jGraphql.ts), so that its schema and library are not counted in our memory.
import pino from 'pino';
import { createApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { createDriver } from '../server/db/createDriver.js';
import { createExecutor } from '../server/db/executor.js';
import { createLimiter, QUEUE_WAIT_MS } from '../server/db/createLimiter.js';
import { createLogger } from '../server/logger.js';
import { benchNeo4j, serveOnLoopback } from './serveOnLoopback.js';

const config = loadConfig({});
// Logs to stderr: stdout carries the one line run.ts reads.
const logger = createLogger('warn', pino.destination(2));
const driver = createDriver(benchNeo4j());
// As connectNeo4j sets it up for npm start, with the same defaults (server/config.ts).
const limiter = createLimiter({ concurrency: config.neo4j.maxConcurrent, queue: config.neo4j.queue, maxWaitMs: QUEUE_WAIT_MS });
const executor = createExecutor({ driver, txTimeoutMs: config.neo4j.txTimeoutMs, logger, limiter });
const ours = await createApp({ executor, logger, exposeErrors: false });

serveOnLoopback(ours.app, () => Promise.all([ours.stop(), executor.close()]));

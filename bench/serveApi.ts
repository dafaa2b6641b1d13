// The API under test, in its own process so that its memory and CPU are its own: our app
// (createApp, as npm start builds it) and, for comparison, @neo4j/graphql over the same
// database. Started by run.ts with the Neo4j address in the environment; prints one JSON line
// with both URLs, then serves until its parent closes stdin. 127.0.0.1 only.
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { createDriver } from '../server/db/createDriver.js';
import { createExecutor } from '../server/db/executor.js';
import { createLimiter, QUEUE_WAIT_MS } from '../server/db/createLimiter.js';
import { createLogger } from '../server/logger.js';
import { NEO4J_GRAPHQL_TYPE_DEFS } from './neo4jGraphql/typeDefs.js';

const { BENCH_NEO4J_URI: uri = '', BENCH_NEO4J_USER: user = 'neo4j', BENCH_NEO4J_PASSWORD: password = '' } = process.env;
const config = loadConfig({});
// Logs to stderr: stdout carries the one line run.ts reads.
const logger = createLogger('warn', pino.destination(2));
const driver = createDriver({ uri, user, password });
// As connectNeo4j sets it up for npm start, with the same defaults (server/config.ts).
const limiter = createLimiter({ concurrency: config.neo4j.maxConcurrent, queue: config.neo4j.queue, maxWaitMs: QUEUE_WAIT_MS });
const executor = createExecutor({ driver, txTimeoutMs: config.neo4j.txTimeoutMs, logger, limiter });
const ours = await createApp({ executor, logger, exposeErrors: false });

// @neo4j/graphql takes a driver of its own: the same one (same pool) would couple the two.
const theirDriver = createDriver({ uri, user, password });
const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver: theirDriver }).getSchema();
const apollo = new ApolloServer({ schema });
await apollo.start();
const theirs = express();
theirs.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo));

const listen = (app: express.Express) =>
  new Promise<ReturnType<express.Express['listen']>>((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
  });
const [oursServer, theirsServer] = await Promise.all([listen(ours.app), listen(theirs)]);
const url = (server: ReturnType<express.Express['listen']>) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
process.stdout.write(`${JSON.stringify({ ours: url(oursServer), theirs: url(theirsServer) })}\n`);

process.stdin.resume();
process.stdin.on('end', () => {
  oursServer.close();
  theirsServer.close();
  void Promise.all([ours.stop(), apollo.stop(), executor.close(), theirDriver.close()]).then(() => process.exit(0));
});

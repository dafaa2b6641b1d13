import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express, { type Express } from 'express';
import { isEditor } from './auth/isEditor.js';
import { requireEditor } from './auth/requireEditor.js';
import type { Context } from './context.js';
import { costLimit } from './cost/costLimit.js';
import { DEFAULT_MAX_QUERY_COST, HEAVY_LANE } from './cost/fieldCosts.js';
import { createLimiter, QUEUE_WAIT_MS } from './db/createLimiter.js';
import { requestExecutor } from './db/requestExecutor.js';
import type { Executor } from './db/executor.js';
import { createErrorFormatter } from './errors.js';
import { exportRoutes } from './http/exportRoutes.js';
import { walkthroughExportRoute } from './http/walkthroughExportRoute.js';
import { graphiqlPage } from './http/graphiqlPage.js';
import { healthHandler } from './http/healthHandler.js';
import { jsonBody } from './http/jsonBody.js';
import { refuseLongUrls } from './http/oversizedRequest.js';
import { securityHeaders } from './http/securityHeaders.js';
import { unavailableStatus } from './http/unavailableStatus.js';
import type { Logger } from './logger.js';
import { resolvers } from './resolvers/index.js';
import { loadTypeDefs } from './schema.js';

export interface AppOptions {
  executor: Executor;
  logger: Logger;
  /** Stack traces and internal messages in GraphQL errors: development only. */
  exposeErrors: boolean;
  /** The most rows one request may make the database read (server/cost); DEFAULT_MAX_QUERY_COST (2500) when not set. */
  maxQueryCost?: number;
  /** The built client (client/dist); not served when absent. */
  clientDir?: string;
  /** Extra facts reported by /health (e.g. which Neo4j is in use). */
  healthInfo?: Record<string, unknown>;
  /** The token every mutation needs (server/auth); without one, every mutation is refused. */
  editorToken?: string;
}

export interface App {
  app: Express;
  /** Stops the GraphQL server; the caller owns the executor and the listener. */
  stop: () => Promise<void>;
}

/** Builds the HTTP application: no listening, no process handling — importable by tests. */
export async function createApp({
  executor,
  logger,
  exposeErrors,
  maxQueryCost = DEFAULT_MAX_QUERY_COST,
  clientDir,
  healthInfo = {},
  editorToken,
}: AppOptions): Promise<App> {
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    // Armor's token limit throws inside Apollo's parsing hook, which turns a syntax error into a
    // 500; graphql-js enforces the same limit during parsing (parseOptions below) with a 400.
    maxTokens: { enabled: false },
    // Our own messages name arguments; suggestions would only help someone probing the schema.
    blockFieldSuggestion: { enabled: !exposeErrors },
  }).protect();

  const heavyLane = createLimiter({ ...HEAVY_LANE, maxWaitMs: QUEUE_WAIT_MS, onRefused: (load) => logger.warn(load, 'heavy read refused: too many at once') });
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    plugins: [
      // armor's typings resolve Apollo's CommonJS build; the objects are the same at run time.
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      // We send no cache hints; the default plugin would still wrap every field's resolution.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's page loads from a CDN; a browser gets our own GraphiQL instead (graphiqlPage).
      ApolloServerPluginLandingPageDisabled(),
      unavailableStatus<Context>(),
      // Before the cost limit: a write without the token is refused as such, whatever it costs.
      requireEditor(),
      costLimit(maxQueryCost),
    ],
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    // index.ts owns the signals and stops Apollo in order; Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: 2000 },
    includeStacktraceInErrorResponses: exposeErrors,
    introspection: true,
    formatError: createErrorFormatter(logger, exposeErrors),
    logger: { debug: (m) => logger.debug(m), info: (m) => logger.info(m), warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.use(refuseLongUrls());
  app.get('/health', healthHandler(executor, healthInfo));
  app.use(exportRoutes(executor, logger));
  app.use(walkthroughExportRoute(executor, logger));
  const graphiqlHtml = clientDir && path.join(clientDir, 'graphiql.html');
  if (graphiqlHtml && existsSync(graphiqlHtml)) app.use(graphiqlPage(graphiqlHtml));
  app.use(
    '/graphql',
    jsonBody(editorToken),
    expressMiddleware(apollo, {
      context: ({ req }) => Promise.resolve({ executor: requestExecutor(executor, heavyLane), editor: isEditor(req.headers.authorization, editorToken) }),
    }),
  );

  if (clientDir && existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h', setHeaders: noCacheForHtml }));
    // Client-side routes (permalinks) resolve to the app shell.
    app.get(/^\/(?!graphql|health|export\/).*/, (_req, res) => res.sendFile(path.join(clientDir, 'index.html'), { headers: { 'Cache-Control': 'no-cache' } }));
  }

  // Malformed bodies and anything else thrown by middleware: a short JSON answer, never a stack trace.
  app.use((error: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error }, 'unhandled HTTP error');
    res.status(status).json({ error: status === 500 ? 'Internal server error' : error.message });
  });

  return { app, stop: () => apollo.stop() };
}

function noCacheForHtml(res: express.Response, file: string) {
  if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}

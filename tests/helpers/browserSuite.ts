import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { startServer, type RunningServer } from '../../server/start.js';
import { launchChromium, type LaunchedBrowser } from './chromium.js';
import { openExplorer, type ExplorerPage } from './explorerPage.js';
import { graphqlPost } from './graphqlPost.js';
import { silentLogger, testNeo4jEnv } from './testExecutor.js';

export interface BrowserSuite {
  /** The served app (client built); a test may close it to see the page lose its server. */
  readonly server: RunningServer;
  /** The browser context every page of the suite opens in, e.g. to watch all their traffic. */
  readonly context: BrowserContext;
  /** One GraphQL operation against the served app; fails the test on any error. */
  api: <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
  /** A new page on the explorer at `?query` (or at a full link), settled. */
  open: (query: string) => Promise<ExplorerPage>;
  /** The page logged no console error and threw nothing. */
  noErrors: (explorer: ExplorerPage) => void;
}

/**
 * The setup every browser test file shares, registered as this describe block's beforeAll and
 * afterAll: the app served on a free port (on the run's Neo4j unless `env` says otherwise, e.g.
 * NEO4J_URI at a closed port) and a fresh headless Chromium.
 */
export function browserSuite(env: Record<string, string> = {}): BrowserSuite {
  let server: RunningServer | undefined;
  let chromium: LaunchedBrowser | undefined;

  beforeAll(async () => {
    server = await startServer(loadConfig({ ...testNeo4jEnv(), PORT: '0', ...env }), silentLogger, { buildClient: true });
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`${what} is not started: use the suite inside a test`);
    return value;
  };
  return {
    get server() {
      return started(server, 'the server');
    },
    get context() {
      return started(chromium, 'Chromium').context;
    },
    async api<T>(query: string, variables: Record<string, unknown> = {}) {
      const { body } = await graphqlPost<T>(started(server, 'the server').url, query, variables);
      expect(body.errors).toBeUndefined();
      return body.data!;
    },
    open(query: string) {
      const url = /^https?:/.test(query) ? query : `${started(server, 'the server').url}/?${query}`;
      return openExplorer(started(chromium, 'Chromium').context, url);
    },
    noErrors: (explorer) => expect(explorer.errors).toEqual([]),
  };
}

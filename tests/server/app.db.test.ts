import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.js';
import type { Executor } from '../../server/db/executor.js';
import { checkSeeds, summarize } from '../../server/load/loadSeeds.js';
import { graphqlPost, withListening } from '../helpers/graphqlPost.js';
import { silentLogger, testExecutor } from '../helpers/testExecutor.js';

const STATS = '{ stats { kinds { key count } relationships { key count } } }';

describe('server against the embedded Neo4j', () => {
  let executor: Executor;
  let app: App;

  beforeAll(async () => {
    executor = testExecutor();
    app = await createApp({ executor, logger: silentLogger, exposeErrors: false });
  });

  afterAll(async () => {
    await app.stop();
    await executor.close();
  });

  it('answers /health with 200 while Neo4j is reachable', async () => {
    await withListening(app.app, async (url) => {
      const response = await fetch(`${url}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok', neo4j: { status: 'up' } });
    });
  });

  it('sends the browser-facing headers: a CSP without inline scripts, nosniff, no framing, no referrer', async () => {
    await withListening(app.app, async (url) => {
      const { headers } = await fetch(`${url}/health`);
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('x-powered-by')).toBeNull();
    });
  });

  it('answers stats with the counts of the loaded article graph', async () => {
    const { nodes, relationships } = summarize(checkSeeds());
    const expected = (counts: Record<string, number>, upper: boolean) =>
      Object.entries(counts)
        .map(([key, count]) => ({ key: upper ? key.toUpperCase() : key, count }))
        .sort((a, b) => a.key.localeCompare(b.key));
    await withListening(app.app, async (url) => {
      const { status, body } = await graphqlPost<{ stats: unknown }>(url, STATS);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data?.stats).toEqual({ kinds: expected(nodes, true), relationships: expected(relationships, false) });
    });
  });

  it('rejects a malformed GraphQL document with a client error, not a crash', async () => {
    await withListening(app.app, async (url) => {
      const { status, body } = await graphqlPost(url, '{ stats { kinds { key ');
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      const health = await fetch(`${url}/health`);
      expect(health.status).toBe(200);
    });
  });

  it('answers a body that is not JSON with 400 and no stack trace', async () => {
    await withListening(app.app, async (url) => {
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
      expect(response.status).toBe(400);
      const text = await response.text();
      expect(text).not.toMatch(/\bat .+\.(js|ts):\d+/);
    });
  });
});

describe('request size limits', () => {
  it('refuses an oversized document with a 400 that says why', async () => {
    const executor = testExecutor();
    const app = await createApp({ executor, logger: silentLogger, exposeErrors: false });
    try {
      await withListening(app.app, async (url) => {
        const huge = `{ ${Array.from({ length: 1500 }, (_, i) => `a${i}: stats { kinds { key } }`).join(' ')} }`;
        const { status, body } = await graphqlPost(url, huge);
        expect(status).toBe(400);
        expect(body.errors?.[0]?.message).toMatch(/more that 2000 tokens/);
      });
    } finally {
      await app.stop();
      await executor.close();
    }
  });
});

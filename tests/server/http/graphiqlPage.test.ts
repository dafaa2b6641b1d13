import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../server/app.js';
import type { Executor } from '../../../server/db/executor.js';
import { withListening } from '../../helpers/graphqlPost.js';
import { silentLogger } from '../../helpers/testExecutor.js';

// No query here reaches the database.
const noDatabase = {} as Executor;
const TYPENAME = encodeURIComponent('{ __typename }');

/** A built client as client/dist holds it: the explorer's page and GraphiQL's, with its nonce's place. */
function builtClient(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pledge-graph-client-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>explorer</title>');
  writeFileSync(path.join(dir, 'graphiql.html'), '<!doctype html><meta property="csp-nonce" nonce="CSP_NONCE" /><title>GraphiQL</title>');
  return dir;
}

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));

describe('/graphql: GraphiQL for a browser, the API for everyone else', () => {
  let app: App;
  beforeAll(async () => {
    app = await createApp({ executor: noDatabase, logger: silentLogger, exposeErrors: false, clientDir: builtClient() });
  });
  afterAll(() => app.stop());

  it("serves a browser's GET the built GraphiQL page, with a fresh style nonce and no inline script", async () => {
    await withListening(app.app, async (url) => {
      const open = () => fetch(`${url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } });
      const [first, second] = [await open(), await open()];
      expect(first.status).toBe(200);
      expect(first.headers.get('content-type')).toMatch(/^text\/html/);
      expect(first.headers.get('cache-control')).toBe('no-store');
      const body = await first.text();
      expect(body).toContain('<title>GraphiQL</title>');
      const policy = directives(first.headers.get('content-security-policy') ?? '');
      expect(policy.get('script-src')).toEqual(["'self'"]);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('font-src')).toEqual(["'self'"]);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      const nonce = /'nonce-([^']+)'/.exec(policy.get('style-src')?.join(' ') ?? '')?.[1];
      expect(body).toContain(`nonce="${nonce}"`);
      expect(body).not.toContain('CSP_NONCE');
      expect(second.headers.get('content-security-policy')).not.toContain(nonce);
    });
  });

  it('keeps answering API clients: POST, and GET with a query behind CSRF prevention', async () => {
    await withListening(app.app, async (url) => {
      const post = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
      const get = await fetch(`${url}/graphql?query=${TYPENAME}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
      // A GET a page could send without a preflight is refused, as before.
      const simple = await fetch(`${url}/graphql?query=${TYPENAME}`);
      expect(simple.status).toBe(400);
      expect(await simple.text()).toContain('Cross-Site Request Forgery');
      // An API client that asks for JSON never gets the page.
      const json = await fetch(`${url}/graphql`, { headers: { accept: 'application/json' } });
      expect(json.headers.get('content-type')).toMatch(/json/);
    });
  });

  it('gives the API answers the policy every page has, and sends the built file itself to /graphql', async () => {
    await withListening(app.app, async (url) => {
      const post = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      const policy = post.headers.get('content-security-policy') ?? '';
      expect(directives(policy).get('script-src')).toEqual(["'self'"]);
      expect(policy).not.toContain('unsafe-inline');
      const file = await fetch(`${url}/graphiql.html`, { redirect: 'manual' });
      expect(file.status).toBe(301);
      expect(file.headers.get('location')).toBe('/graphql');
    });
  });
});

describe('/graphql without a built client', () => {
  it("shows no landing page from Apollo's CDN", async () => {
    const app = await createApp({ executor: noDatabase, logger: silentLogger, exposeErrors: false });
    try {
      await withListening(app.app, async (url) => {
        const response = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
        expect(response.headers.get('content-type')).not.toMatch(/html/);
        expect(await response.text()).not.toMatch(/apollographql|cdn/i);
      });
    } finally {
      await app.stop();
    }
  });
});

import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heavyAcceptedRequests, normalRequest, overCostRequest, type GraphIds } from '../../../bench/readMix.js';
import { runClients } from '../../../bench/runClients.js';
import { prng } from '../../../bench/syntheticGraph.js';
import { createApp, type App } from '../../../server/app.js';
import { DEFAULT_MAX_QUERY_COST } from '../../../server/cost/fieldCosts.js';
import { createLimiter, QUEUE_WAIT_MS } from '../../../server/db/createLimiter.js';
import { createExecutor, type Executor } from '../../../server/db/executor.js';
import { graphqlPost } from '../../helpers/graphqlPost.js';
import { silentLogger, testDriver } from '../../helpers/testExecutor.js';

// The app as `npm start` builds it: the cost limit, and a limiter in front of the database.
let executor: Executor;
let app: App;
let server: Server;
let url: string;
let ids: GraphIds;

beforeAll(async () => {
  const limiter = createLimiter({ concurrency: 8, queue: 32, maxWaitMs: QUEUE_WAIT_MS });
  // A generous timeout: these tests are about who gets answered, not how fast (bench:fair).
  executor = createExecutor({ driver: testDriver(), txTimeoutMs: 30_000, logger: silentLogger, limiter });
  app = await createApp({ executor, logger: silentLogger, exposeErrors: false });
  server = app.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const answer = await graphqlPost<{ entities: { id: string; kind: string }[] }>(url, `{ entities(limit: 2000) { id kind } }`);
  if (!answer.body.data) throw new Error(JSON.stringify(answer.body));
  const all = answer.body.data.entities;
  ids = { all: all.map((e) => e.id), bureaus: all.filter((e) => e.kind === 'BUREAU').map((e) => e.id) };
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await app.stop();
  await executor.close();
});

const stats = async () => (await graphqlPost(url, `{ stats { kinds { key count } relationships { key count } } }`)).body.data;

describe('the cost limit', () => {
  it('refuses the prober’s 15 wide neighbourhoods before they run: 400, the argument to lower, the figures', async () => {
    const { query, variables } = overCostRequest(ids);
    const { status, body } = await graphqlPost(url, query, variables);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    const error = body.errors![0]!;
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'limit', maxCost: DEFAULT_MAX_QUERY_COST });
    expect(error.message).toMatch(/over the limit of 2500 per request.*neighborhood \(as n0\).*lower its argument "limit"/);
    expect(JSON.stringify(body)).not.toContain('stacktrace');
  });

  it('answers each of the heaviest operations it accepts, in full', async () => {
    for (const { name, query, variables } of heavyAcceptedRequests(ids)) {
      const { status, body } = await graphqlPost(url, query, variables);
      expect({ name, status, errors: body.errors }).toEqual({ name, status: 200, errors: undefined });
    }
  });

  it('keeps every normal request answered while one client loops the heaviest accepted operations', async () => {
    const before = await stats();
    const heavy = [...heavyAcceptedRequests(ids), overCostRequest(ids)];
    let sent = 0;
    const random = prng(42);
    // Bounded: 8 normal clients, 15 requests each (120 s at most); the abuser, 4 requests at a
    // time, stops when they do.
    const normal = runClients({ url: `${url}/graphql`, clients: 8, next: () => normalRequest(ids, random), durationMs: 120_000, maxRequestsPerClient: 15 });
    const abusive = runClients({
      url: `${url}/graphql`,
      clients: 4,
      next: () => heavy[sent++ % heavy.length]!,
      durationMs: 125_000,
      maxRequestsPerClient: 1000,
      until: normal,
    });
    const [normalOutcomes, abusiveOutcomes] = await Promise.all([normal, abusive]);

    expect(normalOutcomes).toHaveLength(8 * 15);
    expect(normalOutcomes.filter((o) => o.status !== 200 || o.code)).toEqual([]);
    expect(abusiveOutcomes.length).toBeGreaterThan(0);
    // The abuser gets answers, refusals it can act on (400 too costly, 503 busy), never a 500.
    for (const outcome of abusiveOutcomes) {
      expect([
        [200, ''],
        [400, 'BAD_USER_INPUT'],
        [503, 'SERVICE_UNAVAILABLE'],
      ]).toContainEqual([outcome.status, outcome.code]);
    }
    expect(abusiveOutcomes.some((o) => o.status === 400)).toBe(true);
    expect(await stats()).toEqual(before);
  }, 150_000);
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import getPort from 'get-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../../server/neo4j/startEmbeddedNeo4j.js';
import { graphqlPost } from '../../helpers/graphqlPost.js';
import { killSpawnedApps, spawnApp, type SpawnedApp } from '../../helpers/spawnApp.js';

// The steps below share one app: it is killed only when they are all done (or one failed).
afterAll(killSpawnedApps);

/** The first query after Neo4j went away waits out the driver's retries (5 s) before it fails. */
const FIRST_REFUSAL_WITHIN_MS = 10_000;
/** Once the app knows, it refuses at once. */
const REFUSAL_WITHIN_MS = 1000;
/** How long after Neo4j is back answers may take to resume. */
const RESUME_WITHIN_MS = 20_000;

/** Polls until `ok` or RESUME_WITHIN_MS have passed; whether it became true. */
async function until(ok: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + RESUME_WITHIN_MS;
  while (!(await ok())) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return true;
}

// NEO4J_URI: a Neo4j the app did not start and cannot restart. When it goes away the app must
// say so at once, and when it comes back the driver must find it by itself, with no restart.
describe('the Neo4j of NEO4J_URI goes away and comes back', () => {
  let dataDir: string;
  let port: number;
  let neo4j: EmbeddedNeo4j | undefined;

  // The project's launcher stands in for a server of the user's own: a fixed port and folder,
  // so that it comes back where the app expects it.
  const startNeo4j = () =>
    startEmbeddedNeo4j({ port, exactPort: true, dataDir, heap: '384m', pageCache: '32m', startTimeoutMs: 170_000 }).then((started) => (neo4j = started));

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'pledge-graph-external-'));
    port = await getPort({ host: '127.0.0.1' });
    await startNeo4j();
  });

  afterAll(async () => {
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  let app: SpawnedApp;
  let url: string;
  const stats = () => graphqlPost<{ stats: { kinds: unknown[] } }>(url, '{ stats { kinds { key count } } }');
  const health = async () => {
    const response = await fetch(`${url}/health`);
    return { status: response.status, body: (await response.json()) as { neo4j: { status: string; mode: string; reason?: string } } };
  };

  // One outage in three steps, each within the test timeout: a start of Neo4j takes most of one.
  it('serves from it', async () => {
    const { uri, user, password } = neo4j!;
    app = spawnApp({ ...process.env, PORT: '0', NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password });
    url = (await app.waitForLog('serving')).url as string;
    expect((await stats()).status).toBe(200);
    expect(await health()).toMatchObject({ status: 200, body: { neo4j: { status: 'up', mode: 'external' } } });
  });

  it('answers 503 SERVICE_UNAVAILABLE while it is down, at once after the first, and /health says down', async () => {
    neo4j!.kill(); // kill -9: no goodbye on the app's open connections
    await neo4j!.exited;
    const timed = async <T>(work: () => Promise<T>) => {
      const started = Date.now();
      return { ...(await work()), ms: Date.now() - started };
    };
    // The first query learns it the slow way (the driver's retries); it makes the app look.
    const first = await timed(stats);
    await app.waitForLog('Neo4j is not reachable: queries are refused at once until it is back', 5000);
    const down = await timed(health);
    const next = await timed(stats);
    console.info(`NEO4J_URI down: the first query refused in ${first.ms} ms, /health down in ${down.ms} ms, the next query refused in ${next.ms} ms`);
    for (const refused of [first, next]) {
      expect(refused.status).toBe(503);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    }
    expect(first.ms).toBeLessThan(FIRST_REFUSAL_WITHIN_MS);
    expect(down).toMatchObject({ status: 503, body: { neo4j: { status: 'down', reason: expect.stringContaining('not reachable') } } });
    expect(down.ms).toBeLessThan(REFUSAL_WITHIN_MS);
    expect(next.ms).toBeLessThan(REFUSAL_WITHIN_MS);
  });

  it('answers again once it is back, without a restart of the app', async () => {
    await startNeo4j(); // the same port and store, the same password
    const started = Date.now();
    const resumed = await until(async () => (await stats()).status === 200);
    const resumedMs = Date.now() - started;
    // /health too: its ping takes no retry, so a connection left over from the old server would show here.
    const healthy = await until(async () => (await health()).status === 200);
    const healthyMs = Date.now() - started;
    console.info(`NEO4J_URI back: answers after ${resumedMs} ms, /health up after ${healthyMs} ms`);
    expect(resumed, app.output().slice(-3000)).toBe(true);
    expect(healthy, `${JSON.stringify((await health()).body)}\n${app.output().slice(-3000)}`).toBe(true);
    expect(app.output()).toContain('"msg":"Neo4j is reachable again"');

    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
  });
});

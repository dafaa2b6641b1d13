// `npm run bench:fair [-- --seconds 20]`: fair sharing under load, on the article's graph.
// Starts the app as `npm start` does (its own embedded Neo4j in a throw-away folder), then:
//   1. times each of the heaviest operations the cost limit accepts, alone (database time
//      plus HTTP: an upper bound of the database's share);
//   2. a clean run: 8 clients sending the explorer's read mix;
//   3. the same with one abusive client looping the slowest of them;
//   4. the same with 40 abusive requests at once;
//   5. 40 at once of the prober's 15-alias query, which the cost limit refuses.
// Prints a table and writes bench/fair-share-results.json. Bounded: every phase stops after
// `--seconds` or 400 requests per client; everything on 127.0.0.1.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import getPort from 'get-port';
import { buildServer, SERVER_NODE_FLAGS } from '../server/build/buildServer.js';
import { percentiles } from './percentiles.js';
import { heavyAcceptedRequests, normalRequest, overCostRequest, type GraphIds, type Operation } from './readMix.js';
import { runClients, type Outcome } from './runClients.js';
import { prng } from './syntheticGraph.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '20' } } });
const durationMs = Number(values.seconds) * 1000;
const MAX_PER_CLIENT = 400;

const dataDir = mkdtempSync(path.join(tmpdir(), 'pledge-graph-fair-'));
const port = await getPort({ host: '127.0.0.1' });
const env = {
  ...process.env,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  HOST: '127.0.0.1',
  PORT: String(port),
  NEO4J_PORT: String(await getPort()),
  NEO4J_DATA_DIR: dataDir,
};
const app = spawn(process.execPath, [...SERVER_NODE_FLAGS, buildServer()], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
const base = `http://127.0.0.1:${port}`;
const url = `${base}/graphql`;

try {
  await waitForHealth();
  const entities = await post<{ entities: { id: string; kind: string }[] }>(`{ entities(limit: 2000) { id kind } }`);
  const ids: GraphIds = { all: entities.entities.map((e) => e.id), bureaus: entities.entities.filter((e) => e.kind === 'BUREAU').map((e) => e.id) };

  console.error('1/5 the heaviest accepted operations, alone');
  const heavy = [];
  for (const operation of heavyAcceptedRequests(ids)) {
    const outcomes = await runClients({ url, clients: 1, next: () => operation, durationMs, maxRequestsPerClient: 50 });
    heavy.push({ name: operation.name, errors: outcomes.filter(failed).length, ...percentiles(outcomes.slice(5).map((o) => o.ms)) });
  }
  const heaviest = heavyAcceptedRequests(ids)[heavy.reduce((a, b, i, all) => (b.p50 > all[a]!.p50 ? i : a), 0)]!;

  const random = prng(1);
  const normal = (until?: Promise<unknown>) =>
    runClients({ url, clients: 8, next: () => normalRequest(ids, random), durationMs, maxRequestsPerClient: MAX_PER_CLIENT, until });
  const beside = async (abusers: number, abusive: Operation) => {
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    const [measured, abuse] = await Promise.all([
      normal().finally(done),
      runClients({ url, clients: abusers, next: () => abusive, durationMs: durationMs + 5000, maxRequestsPerClient: 100_000, until: finished }),
    ]);
    return { normal: summary(measured), abusive: summary(abuse) };
  };

  // Untimed: Neo4j plans each query text once and its JIT warms up over the first few hundred
  // reads; the clean run must not pay for that, or every later run looks better than it.
  console.error('   warming up with the read mix (10 s, untimed)');
  await runClients({ url, clients: 8, next: () => normalRequest(ids, random), durationMs: 10_000, maxRequestsPerClient: MAX_PER_CLIENT });
  console.error('2/5 clean run: 8 clients');
  const clean = summary(await normal());
  console.error(`3/5 8 clients beside one client looping "${heaviest.name}"`);
  const oneAbuser = await beside(1, heaviest);
  console.error(`4/5 8 clients beside 40 at once of "${heaviest.name}"`);
  const fortyAbusers = await beside(40, heaviest);
  console.error('5/5 8 clients beside 40 at once of the refused 15-alias query');
  const refused = await beside(40, overCostRequest(ids));

  const results = { heavy, heaviest: heaviest.name, clean, oneAbuser, fortyAbusers, refused };
  writeFileSync(path.join(ROOT, 'bench', 'fair-share-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  report(results);
} finally {
  app.kill('SIGTERM');
  await new Promise((resolve) => app.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}

function failed(outcome: Outcome) {
  return outcome.status !== 200 || outcome.code !== '';
}

function summary(outcomes: Outcome[]) {
  const byCode: Record<string, number> = {};
  for (const o of outcomes) if (failed(o)) byCode[`${o.status} ${o.code}`] = (byCode[`${o.status} ${o.code}`] ?? 0) + 1;
  return { requests: outcomes.length, errors: outcomes.filter(failed).length, byCode, ...percentiles(outcomes.filter((o) => !failed(o)).map((o) => o.ms)) };
}

function report(r: { heavy: { name: string; p50: number; p95: number }[]; heaviest: string } & Record<string, unknown>) {
  console.log('Heaviest accepted operations, alone (ms, HTTP included):');
  for (const h of r.heavy) console.log(`  ${h.name.padEnd(36)} p50 ${h.p50.toFixed(1).padStart(6)}  p95 ${h.p95.toFixed(1).padStart(6)}`);
  const clean = r.clean as ReturnType<typeof summary>;
  console.log('\nNormal clients (8), read mix:      requests  errors    p50     p95     p99   p99 vs clean');
  for (const [label, key] of [
    ['clean', 'clean'],
    ['+ 1 client looping the heaviest', 'oneAbuser'],
    ['+ 40 at once of the heaviest', 'fortyAbusers'],
    ['+ 40 at once of a refused query', 'refused'],
  ] as const) {
    const s = key === 'clean' ? clean : (r[key] as { normal: ReturnType<typeof summary> }).normal;
    const row = [s.requests, s.errors, s.p50.toFixed(1), s.p95.toFixed(1), s.p99.toFixed(1), `${(s.p99 / clean.p99).toFixed(2)}×`];
    console.log(`  ${label.padEnd(33)} ${row.map((c) => String(c).padStart(7)).join(' ')}`);
  }
  for (const key of ['oneAbuser', 'fortyAbusers', 'refused'] as const) {
    const a = (r[key] as { abusive: ReturnType<typeof summary> }).abusive;
    console.log(`  abusive side of ${key}: ${a.requests} requests, ${JSON.stringify(a.byCode)}`);
  }
}

async function post<T>(query: string): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`unexpected answer: ${JSON.stringify(body)}`);
  return body.data;
}

async function waitForHealth() {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`the app exited with ${app.exitCode}`);
    const ok = await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the app did not become healthy within 240 s');
}

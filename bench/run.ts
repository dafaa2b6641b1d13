// `npm run bench -- [--size S|M|L] [--json] [--repeat 1] [--inputs 1000] [--budget-s 30] [--fps-ms 4000] [--layout-limit-s 60] [--out file]`: builds a synthetic
// graph shaped like the article's in a throw-away embedded Neo4j and measures the load (ours vs
// the plain driver), every API operation at 1 and 8 clients (vs the driver and vs
// @neo4j/graphql), the canvas in headless Chromium and the memory of the server and of Neo4j;
// with --repeat N, N times over, each figure reported as its median (medianOf.ts).
// Progress goes to stderr; the table (or, with --json, one line of JSON) to stdout; the JSON to
// bench/results.json too. Bounded: each measurement stops after --budget-s; 127.0.0.1 only; the
// database folder is deleted after.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { buildServer, SERVER_DIST, SERVER_NODE_FLAGS } from '../server/build/buildServer.js';
import { createDriver } from '../server/db/createDriver.js';
import { createExecutor } from '../server/db/executor.js';
import { createLogger } from '../server/logger.js';
import { startEmbeddedNeo4j } from '../server/neo4j/startEmbeddedNeo4j.js';
import { apiOps } from './apiOps.js';
import { compareOp, measureOp, type OpFigures } from './measureApi.js';
import { CLIENT_SIZES, measureClient, type ClientSize } from './measureClient.js';
import { measureLoad } from './measureLoad.js';
import { queriesPerOp } from './queriesPerOp.js';
import { medianOf } from './medianOf.js';
import { benchJson, printTables, type BenchInput, type Compared } from './report.js';
import { sampleRss } from './rssSampler.js';
import { SIZES, syntheticGraph, type Size } from './syntheticGraph.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'M' },
    json: { type: 'boolean', default: false },
    inputs: { type: 'string', default: '1000' },
    'budget-s': { type: 'string', default: '30' },
    'fps-ms': { type: 'string', default: '4000' },
    'layout-limit-s': { type: 'string', default: '60' },
    // Which canvas subgraphs to lay out (comma-separated of 1k, 5k, 10k); the others report null.
    'client-sizes': { type: 'string', default: '1k,5k,10k' },
    out: { type: 'string', default: path.join(here, 'results.json') },
    // Whole measurements, each in a new Neo4j; each figure reported is its median over them.
    repeat: { type: 'string', default: '1' },
  },
});
const clientSizes = values['client-sizes'].split(',').map((x) => x.trim());
const unknownSize = clientSizes.find((x) => !(x in CLIENT_SIZES));
if (unknownSize !== undefined) throw new Error(`--client-sizes takes ${Object.keys(CLIENT_SIZES).join(', ')}, not ${unknownSize}`);
if (!(values.size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}, not ${values.size}`);
const size = values.size as Size;
const repeat = Number(values.repeat);
if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat takes a whole number of runs, 1 or more, not ${values.repeat}`);
const budget = { inputs: Number(values.inputs), budgetMs: Number(values['budget-s']) * 1000, warmup: Math.min(50, Math.ceil(Number(values.inputs) / 10)) };
const started = performance.now();
const log = (line: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

log(`generating size ${size} (${SIZES[size]} entities)…`);
const graph = syntheticGraph(SIZES[size]);
log(`${graph.nodes.length} entities, ${graph.edges.length} relationships`);
const logger = createLogger('warn', pino.destination(2));
// The operations and their seeded inputs, the same for every run.
const { ops, compared: comparedOps } = apiOps(graph);

/** A throw-away embedded Neo4j in a folder of its own, and our executor on it. */
interface Store {
  dataDir: string;
  neo4j: Awaited<ReturnType<typeof startEmbeddedNeo4j>>;
  executor: ReturnType<typeof createExecutor>;
  driver: ReturnType<typeof createDriver>;
}
let store: Store | null = null;

/**
 * Each run gets a new store, so that no run inherits another's (freed records, cached plans,
 * index samples, the heap the last load left): the runs whose median is taken are alike.
 */
async function freshStore(): Promise<Store> {
  log('starting Neo4j in a new folder…');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pledge-graph-bench-'));
  const neo4j = await startEmbeddedNeo4j({
    port: 0,
    dataDir,
    // Our loader writes the whole graph in one transaction (all or nothing), and Neo4j caps a
    // transaction's memory at 70% of the heap: at size M, 3g (a 2 GiB cap) was not enough.
    heap: size === 'S' ? '1g' : '8g',
    pageCache: size === 'S' ? '256m' : '1g',
    startTimeoutMs: Number(process.env.NEO4J_START_TIMEOUT_S ?? 400) * 1000,
  });
  const driver = createDriver({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  return { dataDir, neo4j, driver, executor: createExecutor({ driver, txTimeoutMs: 5000, logger }) };
}

async function dropStore({ executor, neo4j, dataDir }: Store): Promise<void> {
  await executor.close();
  await neo4j.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

const servers: ReturnType<typeof spawn>[] = [];
/**
 * A server script of this folder in its own process, on this run's Neo4j, bundled and run as
 * `npm start` runs the app (plain JavaScript, no transpiler in the process); resolves to the
 * process and the URL it prints.
 */
async function serve(script: string, { neo4j }: Store): Promise<{ process: ReturnType<typeof spawn>; url: string }> {
  const bundle = buildServer(path.join('bench', script), path.join(SERVER_DIST, `bench-${path.basename(script, '.ts')}.mjs`));
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, bundle], {
    env: { ...process.env, BENCH_NEO4J_URI: neo4j.uri, BENCH_NEO4J_USER: neo4j.user, BENCH_NEO4J_PASSWORD: neo4j.password },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  servers.push(child);
  const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
  return { process: child, url: (JSON.parse(line) as { url: string }).url };
}
// Stopped from outside (Ctrl-C, a test's timeout): still stop Neo4j and delete its folder.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping Neo4j and deleting the data folder…`);
    for (const child of servers) child.kill();
    void (store ? dropStore(store) : Promise.resolve()).finally(() => process.exit(1));
  });
}

/** One whole measurement in a new store: the load, the API, memory and the canvas. */
async function measureOnce(): Promise<BenchInput> {
  store = await freshStore();
  try {
    return await measureIn(store);
  } finally {
    for (const child of servers) if (child.exitCode === null) child.kill();
    await dropStore(store);
    store = null;
  }
}

async function measureIn(current: Store): Promise<BenchInput> {
  const { driver, executor, neo4j } = current;
  const load = await measureLoad(graph, driver, executor, log);
  const perOp = await queriesPerOp(driver, logger, ops);
  log(`queries per root field: ${JSON.stringify(perOp.byOp)}`);

  const ours = await serve('serveApi.ts', current);
  const theirs = await serve('serveNeo4jGraphql.ts', current);
  const urls = { ours: ours.url, theirs: theirs.url };
  const rss = sampleRss([ours.process.pid!, neo4j.pid]);

  const api: OpFigures[] = [];
  for (const [i, op] of ops.entries()) {
    log(`api: ${op.name}, driver and GraphQL at 1 client, then 8 clients…`);
    api.push(await measureOp(op, urls.ours, executor, budget, 1000 + i));
    log(`api: ${op.name}: c1 p95 ${api.at(-1)!.c1.p95} ms, c8 p95 ${api.at(-1)!.c8.p95} ms`);
  }
  const compared: Compared[] = [];
  for (const [i, op] of comparedOps.entries()) {
    log(`api: ${op.name}, ours vs @neo4j/graphql…`);
    compared.push(await compareOp(op, urls.ours, urls.theirs, budget, 2000 + i));
  }
  const [serverRssMB, neo4jRssMB] = rss.peaks() as [number, number];
  rss.stop();
  for (const child of [ours.process, theirs.process]) child.stdin!.end();

  log('client: production builds in headless Chromium…');
  const client = await measureClient(log, {
    fpsMs: Number(values['fps-ms']),
    layoutLimitMs: Number(values['layout-limit-s']) * 1000,
    sizes: clientSizes as ClientSize[],
  });
  return { size, load, api, compared, queriesPerOp: perOp.worst, client, serverRssMB, neo4jRssMB };
}

const runs: BenchInput[] = [];
for (let round = 1; round <= repeat; round++) {
  if (repeat > 1) log(`run ${round} of ${repeat}…`);
  runs.push(await measureOnce());
  if (repeat > 1) log(`run ${round}: ${JSON.stringify(benchJson(runs.at(-1)!))}`);
}
const input = medianOf(runs);
const json = benchJson(input);
writeFileSync(values.out, `${JSON.stringify(json, null, 2)}\n`);
if (values.json) process.stdout.write(`${JSON.stringify(json)}\n`);
else printTables(input);
log(`done in ${((performance.now() - started) / 60_000).toFixed(1)} min`);

import { cpSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, unlinkSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkSeeds, summarize } from '../../../server/load/loadSeeds.js';
import { graphqlPost } from '../../helpers/graphqlPost.js';
import { killSpawnedApps, spawnApp, waitForExit, type SpawnedApp } from '../../helpers/spawnApp.js';

afterEach(killSpawnedApps);

const env = (dataDir: string) => ({
  ...process.env,
  PORT: '0',
  NEO4J_URI: '',
  NEO4J_PORT: '0',
  NEO4J_DATA_DIR: dataDir,
  NEO4J_HEAP: '384m',
  NEO4J_PAGECACHE: '32m',
});

/** The first start creates the store and loads the seeds (and may build the client): the longest. */
const FIRST_START_MS = 210_000;

/** How long after Neo4j is up a start on an unreadable store may take to give up. */
const FAIL_AFTER_UP_MS = 60_000;

/** Where Neo4j 5 Community keeps the default database: the record format, one file per store. */
const storeOf = (dataDir: string) => path.join(dataDir, 'data', 'databases', 'neo4j');
const debugLog = (dataDir: string) => path.join(dataDir, 'logs', 'debug.log');

/** A start on a store that cannot be read ends at once, saying why and where Neo4j wrote more. */
async function expectLoudFailure(app: SpawnedApp, dataDir: string, cause: string) {
  expect(await app.exited).toBe(1);
  const output = app.output();
  expect(output).toContain(`Cannot start: `);
  expect(output).toContain(cause);
  expect(output).toContain(`Neo4j's own log: ${debugLog(dataDir)}`);
  expect(output).not.toContain('"msg":"serving"');
  expect(output).not.toMatch(/^\s+at /m);
  const up = /"time":"([^"]+)","uri":"[^"]+","pid":(\d+),"msg":"embedded Neo4j is up"/.exec(output);
  if (up) {
    // The checks after Neo4j is up (a read, one rewrite, a read again) take seconds, not minutes.
    expect(Date.now() - Date.parse(up[1]!)).toBeLessThan(FAIL_AFTER_UP_MS);
    expect(await waitForExit(Number(up[2]), 10_000)).toBe(true);
  }
}

// The app on a store damaged while it was stopped: it serves a correct graph (when Neo4j can
// rebuild what is gone), or it stops at once with the cause. Never up and answering errors.
describe('start on a damaged store', () => {
  const graph = checkSeeds();
  let root: string;
  let template: string;

  /** A copy of the store the first start wrote, damaged by `damage`. */
  function damagedCopy(name: string, damage: (store: string) => void): string {
    const dataDir = path.join(root, name);
    cpSync(template, dataDir, { recursive: true });
    damage(storeOf(dataDir));
    return dataDir;
  }

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'pledge-graph-damaged-'));
    template = path.join(root, 'template');
    // A fresh folder: the seeds are loaded, the app serves, and a clean stop writes the store out.
    const app = spawnApp(env(template));
    const url = (await app.waitForLog('serving', FIRST_START_MS)).url as string;
    expect(await app.waitForLog('seeds loaded')).toMatchObject({ skipped: false, reason: 'nothing was loaded yet' });
    expect((await fetch(`${url}/health`)).status).toBe(200);
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    expect(existsSync(path.join(storeOf(template), 'neostore.propertystore.db.strings'))).toBe(true);
  }, FIRST_START_MS + 30_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('serves the whole graph when Neo4j can rebuild what is gone (the counts store, an id file)', async () => {
    const dataDir = damagedCopy('rebuildable', (store) => {
      unlinkSync(path.join(store, 'neostore.counts.db'));
      unlinkSync(path.join(store, 'neostore.propertystore.db.strings.id'));
    });
    const app = spawnApp(env(dataDir));
    const url = (await app.waitForLog('serving')).url as string;
    // The graph Neo4j recovered is the seed graph: nothing to reload.
    expect(await app.waitForLog('the stored graph is the seed graph: not rewritten', 1000)).toMatchObject({ skipped: true });

    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ neo4j: { status: 'up', entities: graph.nodes.length } });
    // Real reads of every store, not only the health read: counts, the indexes, every property.
    const stats = await graphqlPost<{ stats: { kinds: { key: string; count: number }[] } }>(url, '{ stats { kinds { key count } } }');
    const kinds = Object.fromEntries(Object.entries(summarize(graph).nodes).map(([label, count]) => [label.toUpperCase(), count]));
    expect(Object.fromEntries(stats.body.data!.stats.kinds.map((k) => [k.key, k.count]))).toEqual(kinds);
    const search = await graphqlPost<{ search: { entity: { id: string } }[] }>(url, '{ search(text: "Sihekou") { entity { id } } }');
    expect(search.status).toBe(200);
    expect(search.body.data!.search.map((hit) => hit.entity.id)).toContain('place:sihekou-port');
    const entities = await graphqlPost<{ entities: { id: string; summary: string | null; sources: unknown[] }[] }>(
      url,
      '{ entities(limit: 1000) { id name summary sources { quote } } }',
    );
    expect(entities.body.errors).toBeUndefined();
    expect(entities.body.data!.entities.map((e) => e.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());

    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
  });

  it('stops before serving, quoting Neo4j, when a store file is missing', async () => {
    const dataDir = damagedCopy('missing', (store) => unlinkSync(path.join(store, 'neostore.propertystore.db.strings')));
    const app = spawnApp(env(dataDir));
    await expectLoudFailure(app, dataDir, 'neostore.propertystore.db.strings] is(are) missing and recovery is not possible');
    // Refused by the launcher itself: Neo4j never reports up with a database that is not there.
    expect(app.output()).not.toContain('embedded Neo4j is up');
  });

  it('stops, quoting the failed read, when a string record is overwritten (past the store header)', async () => {
    // One entity's summary: text that neither the stats nor the seed comparison read, so only a
    // read of every property finds it. Before, /health said 200 and every `entities` failed.
    const summary = Buffer.from(graph.nodes.find((n) => n.label === 'Bureau')!.props.summary as string);
    const dataDir = damagedCopy('overwritten', (store) => {
      const file = path.join(store, 'neostore.propertystore.db.strings');
      const at = readFileSync(file).indexOf(summary.subarray(0, 60));
      // A string record is 128 bytes: an 8-byte header (in use, length, next), then 120 of text.
      const record = at - 8;
      expect(record).toBeGreaterThan(8192);
      expect(record % 128).toBe(0);
      const fd = openSync(file, 'r+');
      writeSync(fd, Buffer.alloc(128, 0xff), 0, 128, record);
      closeSync(fd);
    });
    const app = spawnApp(env(dataDir));
    await expectLoudFailure(app, dataDir, 'Unable to read property value');
    // What a rewrite could repair was tried first, and said so.
    expect(app.output()).toContain('"msg":"loading the seeds again"');
  });
});

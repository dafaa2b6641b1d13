import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/spawnApp.js';

const OPS = ['search', 'neighborhood1', 'neighborhood2', 'paths', 'sharedByBureaus', 'investmentTargets'];
const out = mkdtempSync(path.join(tmpdir(), 'pledge-graph-bench-smoke-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const timing = { p50: expect.any(Number), p95: expect.any(Number), p99: expect.any(Number) };
const msOrNull = expect.toSatisfy((x: unknown) => x === null || (typeof x === 'number' && x > 0));

// `npm run bench` at size S with few inputs, so that it cannot rot: it starts its own Neo4j
// (the bench empties the store, which the suite's Neo4j must keep), runs every part and prints
// its JSON. Figures are never asserted (they belong to the bench), the shape is.
describe('npm run bench --size S --json --repeat 2', () => {
  it('runs every part twice and prints the medians as one line of JSON in the issue shape, also written to --out', () => {
    const file = path.join(out, 'results.json');
    const args = [
      '--import',
      'tsx',
      'bench/run.ts',
      '--size',
      'S',
      '--json',
      '--inputs',
      '20',
      '--budget-s',
      '5',
      '--fps-ms',
      '500',
      '--layout-limit-s',
      '15',
      // The 1k canvas alone (pan and zoom then run on it): 5k and 10k take minutes.
      '--client-sizes',
      '1k',
      // Twice, so that a second whole measurement (in a Neo4j of its own) and the medians
      // cannot rot either.
      '--repeat',
      '2',
      '--out',
      file,
    ];
    const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 580_000 });
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    // Progress on stderr; stdout is the JSON alone, on one line.
    expect(run.stderr).toContain('load: our loader');
    expect(run.stderr).toContain('run 2 of 2');
    expect(run.stderr.match(/starting Neo4j in a new folder/g)).toHaveLength(2);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(json).toEqual({
      size: 'S',
      entities: expect.any(Number),
      relationships: expect.any(Number),
      load: { entitiesPerSec: expect.any(Number), relsPerSec: expect.any(Number), vsDriver: expect.any(Number) },
      api: expect.objectContaining(Object.fromEntries(OPS.map((op) => [op, { c1: timing, c8: timing }]))),
      overVsDriver: expect.any(Number),
      vsNeo4jGraphql: expect.any(Number),
      queriesPerOp: 1,
      client: { layoutMs: { '1k': msOrNull, '5k': msOrNull, '10k': msOrNull }, fpsCanvas: msOrNull, fpsWebgl: msOrNull, bundleGzipKB: expect.any(Number) },
      serverRssMB: expect.any(Number),
      neo4jRssMB: expect.any(Number),
    });
    // Size S is about a thousand entities with the article's ~4 relationships each.
    expect(json.entities).toBeGreaterThan(900);
    expect(json.relationships as number).toBeGreaterThan(3 * (json.entities as number));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(json);
  }, 600_000);
});

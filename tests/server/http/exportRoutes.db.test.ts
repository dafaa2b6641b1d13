import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../server/app.js';
import type { Executor } from '../../../server/db/executor.js';
import { startBusyApp } from '../../helpers/busyApp.js';
import { withListening } from '../../helpers/graphqlPost.js';
import { startTestApi, type TestApi } from '../../helpers/testApi.js';
import { silentLogger, testExecutor } from '../../helpers/testExecutor.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  // As the app's warm-up does at start (server/db/warmUp.ts): Neo4j plans each query text the first
  // time it sees it, and on a busy machine that first plan can outlast the transaction timeout.
  for (const address of ['/export/shared.csv', '/export/investment-targets.csv']) await (await fetch(`${api.url}${address}`)).arrayBuffer();
});
afterAll(() => api.close());

const BOM = '\uFEFF';

const SHARED = ['entity', 'entityEn', 'kind', 'bureauCount', 'bureaus', 'pledgeCount'] as const;
const TARGETS = ['name', 'nameEn', 'relation', 'stage', 'bureaus', 'destinations', 'quote'] as const;

/** Fetches a CSV and checks what every one carries: status, type, attachment, BOM, CRLF, the header row. */
async function fetchCsv<Column extends string>(address: string, filename: string, columns: readonly Column[]) {
  const response = await fetch(`${api.url}${address}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${filename}"`);
  expect(response.headers.get('content-security-policy')).toBeTruthy();
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  const bytes = Buffer.from(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.startsWith(BOM)).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  const [header, ...rows] = parse(text, { bom: true });
  expect(header).toEqual(columns);
  for (const row of rows) expect(row).toHaveLength(columns.length);
  return { header: header!, rows: rows.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i]!])) as Record<Column, string>) };
}

describe('GET /export/shared.csv', () => {
  it('lists the entities of two bureaus or more, Fuxing Road first, shared by three', async () => {
    const { header, rows } = await fetchCsv('/export/shared.csv?minBureaus=2', 'shared.csv', SHARED);
    expect(header).toEqual(['entity', 'entityEn', 'kind', 'bureauCount', 'bureaus', 'pledgeCount']);
    expect(rows[0]).toMatchObject({ entity: '复兴之路文化科技项目', kind: 'PROJECT', bureauCount: '3' });
    expect(rows[0]!.entityEn).toMatch(/Fuxing Road/);
    expect(rows[0]!.bureaus.split('; ')).toHaveLength(3);
    expect(Number(rows[0]!.pledgeCount)).toBeGreaterThanOrEqual(3);
    expect(rows.every((row) => Number(row.bureauCount) >= 2)).toBe(true);
    expect(rows.map((row) => row.entity)).toContain('济东数字经济产业园');
  });

  it('answers the same rows as the GraphQL field', async () => {
    const body = await api.gql<{ sharedByBureaus: { entity: { name: string }; bureaus: unknown[]; pledges: unknown[] }[] }>(
      '{ sharedByBureaus(minBureaus: 3) { entity { name } bureaus { id } pledges { id } } }',
    );
    const { rows } = await fetchCsv('/export/shared.csv?minBureaus=3', 'shared.csv', SHARED);
    expect(rows.map((row) => [row.entity, Number(row.bureauCount), Number(row.pledgeCount)])).toEqual(
      body.data!.sharedByBureaus.map((s) => [s.entity.name, s.bureaus.length, s.pledges.length]),
    );
  });

  it('takes minBureaus = 2 when it is not given', async () => {
    const given = await fetchCsv('/export/shared.csv?minBureaus=2', 'shared.csv', SHARED);
    const absent = await fetchCsv('/export/shared.csv', 'shared.csv', SHARED);
    expect(absent.rows).toEqual(given.rows);
  });

  it.each(['0', '101', 'abc', '2.5', '', '-1'])('refuses minBureaus=%j with a 400 naming the parameter', async (value) => {
    const response = await fetch(`${api.url}/export/shared.csv?minBureaus=${encodeURIComponent(value)}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toBe(`Parameter "minBureaus" must be an integer from 1 to 100, got ${JSON.stringify(value)}`);
  });

  it('refuses minBureaus given twice', async () => {
    const response = await fetch(`${api.url}/export/shared.csv?minBureaus=2&minBureaus=3`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/^Parameter "minBureaus" must be given once/);
  });
});

describe('GET /export/investment-targets.csv', () => {
  it('has one row per company or institution and bureau, ZTO settled in 石桥', async () => {
    const { header, rows } = await fetchCsv('/export/investment-targets.csv', 'investment-targets.csv', TARGETS);
    expect(header).toEqual(['name', 'nameEn', 'relation', 'stage', 'bureaus', 'destinations', 'quote']);
    const zto = rows.filter((row) => row.nameEn === 'ZTO Express');
    expect(zto).toHaveLength(1);
    expect(zto[0]).toMatchObject({ name: '中通物流', stage: 'settled', bureaus: '太白湖新区经济发展局' });
    expect(zto[0]!.destinations.split('; ')).toContain('石桥');
    expect(zto[0]!.relation.split('; ')).toContain('settles in');
    expect(zto[0]!.quote).toContain('入驻石桥');
    // one row per (name, bureau)
    expect(new Set(rows.map((row) => `${row.name}|${row.bureaus}`)).size).toBe(rows.length);
    expect(rows.every((row) => ['', 'settled', 'courted', 'studied', 'watched'].includes(row.stage))).toBe(true);
  });

  it('quotes the verb that gave each stage', async () => {
    const { rows } = await fetchCsv('/export/investment-targets.csv', 'investment-targets.csv', TARGETS);
    const verbs = { settled: ['入驻', '落户'], courted: ['招引', '引进', '引入', '对接'], studied: ['考察', '调研'], watched: ['紧盯'] } as Record<
      string,
      string[]
    >;
    for (const row of rows.filter((r) => r.stage))
      expect(
        verbs[row.stage]!.some((verb) => row.quote.includes(verb)),
        row.name,
      ).toBe(true);
    expect(rows.find((row) => row.name === '科大讯飞')).toMatchObject({ stage: 'courted', destinations: expect.stringContaining('国有') });
  });
});

describe('beside the built client', () => {
  let executor: Executor;
  let app: App;
  beforeAll(async () => {
    const clientDir = mkdtempSync(path.join(tmpdir(), 'pledge-graph-client-'));
    writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>shell</title>');
    executor = testExecutor();
    app = await createApp({ executor, logger: silentLogger, exposeErrors: false, clientDir });
  });
  afterAll(async () => {
    await app.stop();
    await executor.close();
  });

  it('serves the CSVs, and no /export/ address is taken for a client route', async () => {
    await withListening(app.app, async (url) => {
      expect((await fetch(`${url}/export/shared.csv`)).headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect((await fetch(`${url}/export/investment-targets.csv`)).headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const unknown = await fetch(`${url}/export/nothing.csv`);
      expect(unknown.status).toBe(404);
      expect(await unknown.text()).not.toContain('shell');
      // A permalink still gets the app shell.
      expect(await (await fetch(`${url}/exported-view`)).text()).toContain('shell');
    });
  });
});

describe('the CSV routes while the database is busy', () => {
  let app: Awaited<ReturnType<typeof startBusyApp>>;
  beforeAll(async () => (app = await startBusyApp()));
  afterAll(() => app.close());

  it.each(['/export/shared.csv', '/export/investment-targets.csv'])('%s answers 503 with Retry-After and no stack', async (address) => {
    await withListening(app.app, async (url) => {
      const response = await fetch(`${url}${address}`);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      const text = await response.text();
      expect(text).toContain('too many requests at once');
      expect(text).not.toMatch(/\bat .*\.ts:\d+/);
    });
  });
});

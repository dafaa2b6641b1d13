import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { editorTokenFile } from '../../../server/auth/editorTokenFile.js';
import { loadConfig } from '../../../server/config.js';
import { createWalkthroughQuery, walkthroughQuery } from '../../../server/cypher/walkthroughs.js';
import type { Executor } from '../../../server/db/executor.js';
import { checkSeeds, loadSeeds, writeSeedGraph } from '../../../server/load/loadSeeds.js';
import { startServer } from '../../../server/start.js';
import { saveWalkthrough } from '../../../server/walkthroughs/saveWalkthrough.js';
import { editorPost } from '../../helpers/editorPost.js';
import { silentLogger, testExecutor, testNeo4jEnv } from '../../helpers/testExecutor.js';

// Nothing a user saved is lost: not to `npm run load`, not to the start-up's load (skipped or
// forced), not to a seed file that takes its id, not to a restart. Rewrites the shared graph's
// seeds, so it loads them again at the end and deletes every user walkthrough it made.

const SEED_ID = 'walkthrough:pledges-at-a-glance';
let executor: Executor;
const rows = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await executor.read({ cypher, params })).map((r) => r.toObject() as Record<string, any>);
const stored = async (id: string) => (await executor.read(walkthroughQuery(id)))[0]?.get('walkthrough') as Record<string, unknown> | undefined;

const mine = {
  title: 'Kept across loads',
  steps: [{ title: 'S', narration: 'N', focus: ['bureau:construction'], positions: [{ id: 'bureau:construction', x: 1, y: 2 }] }],
};
const saveMine = () => saveWalkthrough(executor, mine, { create: true }, () => new Error('unknown ids'));

beforeAll(() => {
  executor = testExecutor();
});
afterEach(async () => {
  await executor.writeAll([{ cypher: "MATCH (w:Walkthrough) WHERE w.origin = 'USER' OR w.id = 'walkthrough:old-seed' DETACH DELETE w", params: {} }]);
});
afterAll(async () => {
  await loadSeeds(executor);
  await executor.close();
});

describe('the seed loader and user walkthroughs', () => {
  it('keeps a user walkthrough through every kind of load, and is not made to reload by it', async () => {
    const { id } = await saveMine();
    const before = await stored(id);
    // npm start: the stored graph is still the seed graph, a user walkthrough does not change that.
    expect(await loadSeeds(executor, undefined, { force: false })).toMatchObject({ skipped: true });
    // npm run load (always writes), and the start-up's forced repair.
    await writeSeedGraph(executor, checkSeeds());
    await loadSeeds(executor, undefined, { force: true });
    expect(await stored(id)).toEqual(before);
    expect((await stored(SEED_ID))?.origin).toBe('SEED');
  });

  it('still owns unmarked walkthroughs of an older store: one no seed file holds is deleted', async () => {
    await executor.writeAll([{ cypher: "CREATE (:Walkthrough {id: 'walkthrough:old-seed', title: 'Old', steps: '[]'})", params: {} }]);
    const { id } = await saveMine();
    const summary = await loadSeeds(executor, undefined, { force: false });
    expect(summary.reason).toMatch(/walkthroughs: 0 of 1 missing, 1 not in the seeds/);
    expect(await stored('walkthrough:old-seed')).toBeUndefined();
    expect(await stored(id)).toBeDefined();
  });

  it('moves a user walkthrough out of the way of a seed file that takes its id', async () => {
    // As if a user saved this id before the seed file was committed.
    await executor.writeAll([{ cypher: 'MATCH (w:Walkthrough {id: $id}) DETACH DELETE w', params: { id: SEED_ID } }]);
    await executor.write((run) =>
      run(createWalkthroughQuery({ id: SEED_ID, title: 'Mine first', steps: '[]', origin: 'USER', updatedAt: new Date().toISOString() })),
    );
    const summary = await loadSeeds(executor, undefined, { force: false });
    expect(summary.skipped).toBe(false);
    expect((await stored(SEED_ID))?.origin).toBe('SEED');
    const moved = await rows('MATCH (w:Walkthrough {renamedFrom: $id}) RETURN w.id AS id, w.title AS title, w.origin AS origin', { id: SEED_ID });
    expect(moved).toEqual([{ id: expect.stringMatching(/^walkthrough:pledges-at-a-glance-user-[0-9a-f]{8}$/), title: 'Mine first', origin: 'USER' }]);
  });
});

describe('restarts', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'pledge-graph-restart-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const start = async (env: Record<string, string> = {}) => {
    const lines: string[] = [];
    const server = await startServer(loadConfig({ ...testNeo4jEnv(), PORT: '0', NEO4J_DATA_DIR: dataDir, ...env }), silentLogger, {
      buildClient: false,
      announce: (line) => lines.push(line),
    });
    return { server, lines, token: new URL(lines[0]!.split(': ')[1]!).searchParams.get('editor')! };
  };

  it('keeps the generated token and the user’s walkthroughs across restarts; EDITOR_TOKEN overrides the token', async () => {
    const first = await start();
    let id: string;
    try {
      expect(first.lines).toEqual([`Editor link (keep it private): ${first.server.url}/?editor=${first.token}`]);
      expect(statSync(editorTokenFile(dataDir)).mode & 0o777).toBe(0o600);
      const saved = await editorPost(
        first.server.url,
        `Bearer ${first.token}`,
        'mutation($input: WalkthroughInput!) { saveWalkthrough(input: $input) { id } }',
        {
          input: mine,
        },
      );
      id = saved.body.data!.saveWalkthrough.id as string;
    } finally {
      await first.server.close();
    }

    const second = await start();
    try {
      expect(second.lines).toHaveLength(1);
      expect(second.token).toBe(first.token);
      const read = await editorPost(second.server.url, undefined, 'query($id: ID!) { walkthrough(id: $id) { id origin steps { positions { x y } } } }', { id });
      expect(read.body.data).toEqual({ walkthrough: { id, origin: 'USER', steps: [{ positions: [{ x: 1, y: 2 }] }] } });
    } finally {
      await second.server.close();
    }

    const own = 'an-editor-token-set-by-env';
    const third = await start({ EDITOR_TOKEN: own });
    try {
      expect(third.token).toBe(own);
      const remove = 'mutation($id: ID!) { deleteWalkthrough(id: $id) }';
      expect((await editorPost(third.server.url, `Bearer ${first.token}`, remove, { id })).status).toBe(401);
      expect((await editorPost(third.server.url, `Bearer ${own}`, remove, { id })).body.data).toEqual({ deleteWalkthrough: true });
    } finally {
      await third.server.close();
    }
  });
});

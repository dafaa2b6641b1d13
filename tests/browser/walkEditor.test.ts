import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkMessages } from '../../client/src/i18n/walkMessages.js';
import { loadConfig } from '../../server/config.js';
import { startServer, type RunningServer } from '../../server/start.js';
import { browserSuite } from '../helpers/browserSuite.js';
import { hasChromium, screenshot } from '../helpers/chromium.js';
import type { ExplorerPage } from '../helpers/explorerPage.js';
import type { GraphQLBody } from '../helpers/graphqlPost.js';
import { silentLogger, testNeo4jEnv } from '../helpers/testExecutor.js';

// The server's editor token in this test (EDITOR_TOKEN); the page gets it through the editor link.
const TOKEN = 'walk-editor-test-token-0123456789';
const WRONG = 'not-the-editor-token-000000000000';
const en = walkMessages('en');

interface Position {
  id: string;
  x: number;
  y: number;
}
interface Step {
  title: string;
  narration: string;
  notes: string | null;
  notesZh: string | null;
  focus: string[];
  selection: string[];
  positions: Position[];
  viewport: { zoom: number; x: number; y: number } | null;
}
interface Walkthrough {
  id: string;
  title: string;
  origin: 'SEED' | 'USER';
  steps: Step[];
}
const WALKS = '{ walkthroughs { id title origin steps { title narration notes notesZh focus selection positions { id x y } viewport { zoom x y } } } }';

/** A GraphQL request with the editor token, as the page sends writes. */
async function asEditor<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLBody<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLBody<T>;
}

/** Every node's model position on the page's canvas. */
async function canvasPositions(explorer: ExplorerPage): Promise<Map<string, { x: number; y: number }>> {
  return new Map((await explorer.nodes()).map((n) => [n.id, n.position]));
}

function expectPlaced(onCanvas: Map<string, { x: number; y: number }>, saved: Position[]) {
  expect([...onCanvas.keys()].sort()).toEqual(saved.map((p) => p.id).sort());
  for (const p of saved) {
    const at = onCanvas.get(p.id)!;
    expect(Math.abs(at.x - p.x), p.id).toBeLessThanOrEqual(0.5);
    expect(Math.abs(at.y - p.y), p.id).toBeLessThanOrEqual(0.5);
  }
}

describe.skipIf(!hasChromium)('making a walkthrough in the editor', () => {
  const suite = browserSuite({ EDITOR_TOKEN: TOKEN });
  const { api, open, noErrors } = suite;
  let seed: Walkthrough;
  /** Walkthroughs the tests saved: deleted at the end (the run's Neo4j is shared). */
  const created = new Set<string>();
  let restarted: RunningServer | null = null;
  const baseUrl = () => (restarted ?? suite.server).url;
  const walkthroughs = async () => (await api<{ walkthroughs: Walkthrough[] }>(WALKS)).walkthroughs;
  const walkthroughsNow = async () => (await asEditor<{ walkthroughs: Walkthrough[] }>(baseUrl(), WALKS)).data!.walkthroughs;
  const byTitle = async (title: string) =>
    (await asEditor<{ walkthroughs: Walkthrough[] }>(baseUrl(), WALKS)).data!.walkthroughs.filter((w) => w.title === title);

  beforeAll(async () => {
    seed = (await walkthroughs()).find((w) => w.origin === 'SEED')!;
    expect(seed?.steps.length).toBeGreaterThan(0);
  });
  afterAll(async () => {
    for (const id of created) await asEditor(baseUrl(), 'mutation($id: ID!) { deleteWalkthrough(id: $id) }', { id });
    await restarted?.close();
  });

  const openEditor = async (explorer: ExplorerPage) => {
    await explorer.page.locator('#walk-editor-button').click();
    await explorer.page.locator('#walk-editor').waitFor({ state: 'visible' });
  };
  const saysMessage = (page: Page, text: string) =>
    page.waitForFunction((want) => document.querySelector('#walk-editor .walk-message')?.textContent === want, text);
  /** A page of the app as it runs now (after the restart, the new server). */
  const openHere = (query: string) => open(restarted ? `${restarted.url}/?${query}` : query);
  const stored = (page: Page) => page.evaluate(() => sessionStorage.getItem('pledge-graph.editor-token'));
  /** A canvas to capture: the seeded walkthrough's first step's nodes, laid out by the explorer. */
  const exploring = (extra = '') =>
    `v=${seed.steps[0]!.focus.map(encodeURIComponent).join(',')}&s=${encodeURIComponent(seed.steps[0]!.focus[0]!)}&lang=en${extra}`;

  it('without a token the editor is read-only and says how to write; a refused token is said so, and forgotten', async () => {
    const reader = await open(exploring());
    await openEditor(reader);
    await expect(reader.page.locator('#walk-editor .walk-readonly').textContent()).resolves.toBe(en.readOnly);
    await expect(reader.page.locator('[data-action=save-walkthrough]').isDisabled()).resolves.toBe(true);
    noErrors(reader);
    await reader.page.close();

    const title = `Refused ${Date.now()}`;
    const wrong = await open(exploring(`&editor=${WRONG}`));
    const { page } = wrong;
    // The token left the address bar at once; it waits in this tab's storage.
    expect(page.url()).not.toContain('editor=');
    expect(page.url()).not.toContain(WRONG);
    expect(await stored(page)).toBe(WRONG);
    await openEditor(wrong);
    await expect(page.locator('#walk-editor .walk-readonly').isHidden()).resolves.toBe(true);
    await page.locator('#walk-title').fill(title);
    await page.locator('[data-action=capture-step]').click();
    await page.locator('[data-action=save-walkthrough]').click();
    await saysMessage(page, en.unauthenticated);
    await expect(page.locator('#walk-editor .walk-readonly').textContent()).resolves.toBe(en.readOnly);
    expect(await stored(page)).toBeNull();
    expect(await byTitle(title)).toEqual([]);
    await page.close();
  });

  it('adds views as steps, edits and reorders them, saves; after a restart the steps present exactly where they were captured', async () => {
    const title = `Editor test ${Date.now()}`;
    const explorer = await open(exploring(`&editor=${TOKEN}`));
    const { page } = explorer;
    expect(page.url()).not.toContain(TOKEN);
    await openEditor(explorer);
    await page.locator('#walk-title').fill(title);
    await page.locator('#walk-titleZh').fill('编辑器测试');
    const first = await canvasPositions(explorer);
    await page.locator('[data-action=capture-step]').click();
    // A second view: fewer nodes (hide the selected one), captured too.
    await page.locator('#cy').focus();
    await page.keyboard.press('Delete');
    await explorer.settle();
    const second = await canvasPositions(explorer);
    await page.locator('[data-action=capture-step]').click();
    expect(await page.locator('.walk-step').count()).toBe(2);
    await expect(page.locator('.walk-dirty').getAttribute('data-dirty')).resolves.toBe('true');
    for (const [index, name] of ['first', 'second'].entries()) {
      await page.locator(`#walk-step-${index}-title`).fill(`The ${name} view`);
      await page.locator(`#walk-step-${index}-narration`).fill(`Narration of the ${name} view.`);
      await page.locator(`#walk-step-${index}-notes`).fill(`Notes for the ${name} view.`);
      await page.locator(`#walk-step-${index}-notesZh`).fill(`第${index + 1}个视图的备注。`);
    }
    // Reorder with the keyboard: Alt+↑ in the second step moves it first, and back with the button.
    await page.locator('#walk-step-1-title').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(page.locator('#walk-step-0-title').inputValue()).resolves.toBe('The second view');
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).id)).resolves.toBe('walk-step-0-title');
    await page.locator('.walk-step[data-index="0"] [data-action=move-down]').click();
    await expect(page.locator('#walk-step-0-title').inputValue()).resolves.toBe('The first view');
    // Preview puts the step on the canvas as presented: its nodes, where they were captured.
    await page.locator('.walk-step[data-index="1"] [data-action=preview-step]').click();
    await explorer.settle();
    expectPlaced(
      await canvasPositions(explorer),
      [...second].map(([id, at]) => ({ id, ...at })),
    );
    await page.locator('.walk-step[data-index="0"] [data-action=preview-step]').click();
    await explorer.settle();
    expectPlaced(
      await canvasPositions(explorer),
      [...first].map(([id, at]) => ({ id, ...at })),
    );
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.locator('#walk-editor').evaluate((editor) => editor.scrollTo(0, 0));
    await screenshot(page, '32-walk-editor-1280');

    await page.locator('[data-action=save-walkthrough]').click();
    await saysMessage(page, en.saved);
    await expect(page.locator('.walk-dirty').getAttribute('data-dirty')).resolves.toBe('false');
    const [saved] = await byTitle(title);
    expect(saved).toBeDefined();
    created.add(saved!.id);
    expect(saved!.origin).toBe('USER');
    expect(saved!.steps.map((s) => [s.title, s.notes, s.notesZh])).toEqual([
      ['The first view', 'Notes for the first view.', '第1个视图的备注。'],
      ['The second view', 'Notes for the second view.', '第2个视图的备注。'],
    ]);
    // What was saved is what the canvas showed, where it showed it.
    expectPlaced(first, saved!.steps[0]!.positions);
    expectPlaced(second, saved!.steps[1]!.positions);
    expect(saved!.steps[0]!.viewport).not.toBeNull();
    // The export link points at the server's YAML of it.
    const href = await page.locator('[data-action=export-yaml]').getAttribute('href');
    expect(href).toBe(`/export/walkthroughs/${encodeURIComponent(saved!.id)}.yaml`);
    noErrors(explorer);
    await page.close();

    // A restart of the app on the same database keeps it, and every load presents it the same.
    await suite.server.close();
    restarted = await startServer(loadConfig({ ...testNeo4jEnv(), PORT: '0', EDITOR_TOKEN: TOKEN }), silentLogger, { buildClient: true });
    const link = `${restarted.url}/?walk=${encodeURIComponent(saved!.id)}&step=1&lang=en`;
    const loads: Map<string, { x: number; y: number }>[] = [];
    for (let i = 0; i < 2; i++) {
      const presenting = await open(link);
      await expect(presenting.page.locator('#presenter .presenter-narration').textContent()).resolves.toBe('Narration of the first view.');
      loads.push(await canvasPositions(presenting));
      noErrors(presenting);
      await presenting.page.close();
    }
    expectPlaced(loads[0]!, saved!.steps[0]!.positions);
    expectPlaced(loads[1]!, saved!.steps[0]!.positions);
    const yaml = await fetch(`${restarted.url}${href!}`);
    expect(yaml.status).toBe(200);
    expect(await yaml.text()).toContain(title);
  });

  it('offers a seeded walkthrough as a read-only template: duplicated, the copy is saved and deleted', async () => {
    const explorer = await openHere(exploring(`&editor=${TOKEN}`));
    const { page } = explorer;
    page.on('dialog', (dialog) => void dialog.accept());
    await openEditor(explorer);
    await page.locator('#walk-choose').selectOption(seed.id);
    await expect(page.locator('#walk-editor .walk-readonly').textContent()).resolves.toBe(en.problems.seed);
    await expect(page.locator('[data-action=save-walkthrough]').isDisabled()).resolves.toBe(true);
    await expect(page.locator('[data-action=delete-walkthrough]').isDisabled()).resolves.toBe(true);
    expect(await page.locator('.walk-step').count()).toBe(seed.steps.length);
    await page.locator('[data-action=duplicate-walkthrough]').click();
    await expect(page.locator('#walk-title').inputValue()).resolves.toBe(en.copyTitle(seed.title));
    await page.locator('[data-action=save-walkthrough]').click();
    await saysMessage(page, en.saved);
    const [copy] = await byTitle(en.copyTitle(seed.title));
    expect(copy).toBeDefined();
    created.add(copy!.id);
    expect(copy!.origin).toBe('USER');
    expect(copy!.steps.map((s) => s.focus)).toEqual(seed.steps.map((s) => s.focus));
    // Delete asks first (accepted above), then the copy is gone.
    await page.locator('[data-action=delete-walkthrough]').click();
    await saysMessage(page, en.deleted);
    expect(await byTitle(en.copyTitle(seed.title))).toEqual([]);
    created.delete(copy!.id);

    // The seed's YAML export, imported through the file input, comes back as the user's own.
    const yaml = await (await fetch(`${baseUrl()}/export/walkthroughs/${encodeURIComponent(seed.id)}.yaml`)).text();
    const before = new Set((await walkthroughsNow()).map((w) => w.id));
    await page.locator('#walk-import').setInputFiles({ name: 'seed.yaml', mimeType: 'text/yaml', buffer: Buffer.from(yaml) });
    await saysMessage(page, en.imported(seed.title));
    const imported = (await walkthroughsNow()).filter((w) => !before.has(w.id));
    expect(imported.map((w) => [w.title, w.origin])).toEqual([[seed.title, 'USER']]);
    created.add(imported[0]!.id);
    expect(imported[0]!.steps.map((s) => s.positions)).toEqual(seed.steps.map((s) => s.positions));
    await expect(page.locator('#walk-choose').inputValue()).resolves.toBe(imported[0]!.id);
    noErrors(explorer);
    await page.close();
  });

  it('presents the seeded walkthrough where its steps place their nodes', async () => {
    const placed = seed.steps.map((s, i) => ({ step: i + 1, positions: s.positions })).filter((s) => s.positions.length);
    expect(placed.length).toBeGreaterThan(0);
    for (const { step, positions } of placed.slice(0, 3)) {
      const presenting = await open(`${baseUrl()}/?walk=${encodeURIComponent(seed.id)}&step=${step}&lang=en`);
      const known = new Set(await presenting.ids());
      expectPlaced(
        await canvasPositions(presenting),
        positions.filter((p) => known.has(p.id)),
      );
      noErrors(presenting);
      await presenting.page.close();
    }
  });
});

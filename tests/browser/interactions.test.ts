import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserSuite } from '../helpers/browserSuite.js';
import { hasChromium, screenshot } from '../helpers/chromium.js';
import { searchAndChoose, type ExplorerPage } from '../helpers/explorerPage.js';

const CONSTRUCTION = 'bureau:construction';

if (!hasChromium) console.warn('Skipping the interaction browser tests: /usr/bin/chromium does not exist (Debian package chromium).');

// Multi-node actions, browser history (Back/Forward inside the app, presenter steps) and the node menu, at 1280×720.
describe.skipIf(!hasChromium)('acting on several nodes, Back and Forward, and the node menu in Chromium', () => {
  const suite = browserSuite();
  const { api, open, noErrors } = suite;
  let around: string[];

  /** A node's neighbours, as the API gives them: every expectation comes from here. */
  const neighbours = async (id: string) =>
    (
      await api<{ neighborhood: { nodes: { id: string }[] } }>('query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1, limit: 2000) { nodes { id } } }', {
        ids: [id],
      })
    ).neighborhood.nodes
      .map((n) => n.id)
      .filter((n) => n !== id);

  beforeAll(async () => {
    around = (await neighbours(CONSTRUCTION)).slice(0, 3);
    expect(around).toHaveLength(3);
  });

  /** Where the canvas draws a node, in page pixels. */
  const at = (page: Page, id: string) =>
    page.evaluate(
      (node) => (window as unknown as { pledgeGraph: { screenPosition(id: string): { x: number; y: number } | null } }).pledgeGraph.screenPosition(node),
      id,
    );
  const click = async (explorer: ExplorerPage, id: string, { shift = false, button = 'left' }: { shift?: boolean; button?: 'left' | 'right' } = {}) => {
    const { page } = explorer;
    const p = await at(page, id);
    // Say what the canvas shows instead (a first screen that failed to load shows a banner).
    if (!p) throw new Error(`${id} is not on the canvas: ${(await explorer.ids()).join(', ')}; banner: ${await page.locator('#status').textContent()}`);
    if (shift) await page.keyboard.down('Shift');
    await page.mouse.click(p.x, p.y, { button });
    if (shift) await page.keyboard.up('Shift');
    await explorer.settle();
  };
  const fourNodes = (lang = 'en') => open(`v=${[CONSTRUCTION, ...around].join(',')}&n=500&lang=${lang}`);

  it('shift-click three nodes, then Enter expands every one of them; one Ctrl+Z undoes it all', async () => {
    const explorer = await fourNodes();
    const before = await explorer.ids();
    await click(explorer, around[0]!);
    for (const id of around.slice(1)) await click(explorer, id, { shift: true });
    expect(explorer.query().get('s')?.split(',')).toEqual(around);
    await explorer.page.keyboard.press('Enter');
    await explorer.settle();
    const union = new Set([...before, ...(await Promise.all(around.map(neighbours))).flat()]);
    // Only an expansion that adds something tests "every one of them".
    expect(union.size).toBeGreaterThan(before.length);
    expect(await explorer.ids()).toEqual([...union].sort());
    await explorer.page.keyboard.press('Control+z');
    await explorer.settle();
    expect(await explorer.ids()).toEqual(before);
    noErrors(explorer);
    await explorer.page.close();
  });

  it('Delete hides every selected node and Shift+Delete keeps only the selection, each one undo step; focus stays on the canvas', async () => {
    const explorer = await fourNodes();
    const { page } = explorer;
    const before = await explorer.ids();
    const pick = async (ids: string[]) => {
      await click(explorer, ids[0]!);
      for (const id of ids.slice(1)) await click(explorer, id, { shift: true });
      expect(explorer.query().get('s')?.split(',')).toEqual(ids);
    };
    await pick(around);
    await page.keyboard.press('Delete');
    await explorer.settle();
    expect(await explorer.ids()).toEqual(before.filter((id) => !around.includes(id)));
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('cy');
    await page.keyboard.press('Control+z');
    await explorer.settle();
    expect(await explorer.ids()).toEqual(before);

    const kept = [CONSTRUCTION, around[0]!];
    await pick(kept);
    await page.keyboard.press('Shift+Delete');
    await explorer.settle();
    expect(await explorer.ids()).toEqual([...kept].sort());
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('cy');
    await page.keyboard.press('Control+z');
    await explorer.settle();
    expect(await explorer.ids()).toEqual(before);
    noErrors(explorer);
    await page.close();
  });

  it('select, expand, open a search hit: Back three times walks back through them inside the app, Forward returns', async () => {
    const explorer = await open('lang=en');
    const { page } = explorer;
    const urls = [page.url()];
    await click(explorer, CONSTRUCTION);
    urls.push(page.url());
    await page.keyboard.press('Enter');
    await explorer.settle();
    urls.push(page.url());
    const target = (await api<{ search: { entity: { id: string } }[] }>('{ search(text: "复兴之路") { entity { id } } }')).search[0]!.entity.id;
    await searchAndChoose(explorer, '复兴之路', target);
    urls.push(page.url());
    expect(new Set(urls).size).toBe(4);
    const canvasOf = (url: string) => (new URL(url).searchParams.get('v') ?? '').split(',').sort();

    for (const back of [2, 1, 0]) {
      await page.goBack({ waitUntil: 'commit' });
      await explorer.settle();
      expect(page.url()).toBe(urls[back]);
      expect(new URL(page.url()).origin).toBe(new URL(suite.server.url).origin);
      // The canvas shows what that address names (the first screen's overview names its nodes too).
      if (back > 0) expect(await explorer.ids()).toEqual(canvasOf(urls[back]!));
    }
    await page.goForward({ waitUntil: 'commit' });
    await explorer.settle();
    expect(page.url()).toBe(urls[1]);
    expect(await explorer.ids()).toEqual(canvasOf(urls[1]!));
    expect(explorer.query().get('s')).toBe(CONSTRUCTION);
    noErrors(explorer);
    await explorer.page.close();
  });

  it('presenting, Back is the previous step, and a Back before the first step does not end the talk (another tab open)', async () => {
    // Another explorer tab of the same browser hears the talk's steps on the walk channel: it may
    // follow them, but must not tell them back (an echo of the step before undid a Back).
    const other = await open('lang=en');
    const explorer = await open('lang=en');
    const { page } = explorer;
    await page.locator('#present-button').click();
    await explorer.settle();
    expect(explorer.query().get('step')).toBe('1');
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press('ArrowRight');
      await explorer.settle();
    }
    expect(explorer.query().get('step')).toBe('3');
    for (const step of ['2', '1', '1']) {
      await page.goBack({ waitUntil: 'commit' });
      await explorer.settle();
      await other.settle();
      expect(explorer.query().get('step')).toBe(step);
      await expect(page.evaluate(() => document.body.classList.contains('presenting'))).resolves.toBe(true);
    }
    // Nothing moves once the Backs are done: no window answers another.
    await page.waitForTimeout(500);
    await explorer.settle();
    expect(explorer.query().get('step')).toBe('1');
    await expect(page.locator('#presenter .presenter-count').textContent()).resolves.toMatch(/^Step 1 of/);
    noErrors(explorer);
    noErrors(other);
    await other.page.close();
    await page.close();
  });

  it('right-click opens the node menu (Esc closes it, focus back on the canvas); Shift+F10 opens it for the selection; "keep only" keeps it', async () => {
    const explorer = await fourNodes();
    const { page } = explorer;
    const menu = page.locator('#context-menu');
    await click(explorer, around[1]!, { button: 'right' });
    await expect(menu.isVisible()).resolves.toBe(true);
    await expect(menu.getAttribute('role')).resolves.toBe('menu');
    await expect(menu.getAttribute('data-node')).resolves.toBe(around[1]);
    // The node became the selection, and focus is on the first item.
    expect(explorer.query().get('s')).toBe(around[1]);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-item'))).resolves.toBe('expand');
    await screenshot(page, '40-context-menu');
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-item'))).resolves.toBe('hide');
    await page.keyboard.press('Escape');
    await expect(menu.isHidden()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('cy');
    // Esc in the menu closed only the menu: the selection stays.
    expect(explorer.query().get('s')).toBe(around[1]);

    await click(explorer, around[2]!);
    await page.keyboard.press('Shift+F10');
    await expect(menu.getAttribute('data-node')).resolves.toBe(around[2]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-item'))).resolves.toBe('keepOnly');
    await page.keyboard.press('Enter');
    await explorer.settle();
    await expect(menu.isHidden()).resolves.toBe(true);
    expect(await explorer.ids()).toEqual([around[2]]);
    noErrors(explorer);
    await explorer.page.close();
  });

  it('in Chinese, the menu is named after the node; "copy link to this node" puts a link to that node alone on the clipboard', async () => {
    await suite.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(suite.server.url).origin });
    const explorer = await fourNodes('zh');
    const { page } = explorer;
    await click(explorer, around[0]!, { button: 'right' });
    const { entity } = await api<{ entity: { name: string } }>('query($id: ID!) { entity(id: $id) { name } }', { id: around[0] });
    await expect(page.locator('#context-menu').getAttribute('aria-label')).resolves.toBe(entity.name);
    await screenshot(page, '41-context-menu-zh');
    await page.locator('#context-menu [data-item=copyLink]').click();
    await explorer.settle();
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(link.origin).toBe(new URL(suite.server.url).origin);
    expect(link.searchParams.get('v')).toBe(around[0]);
    expect(link.searchParams.get('s')).toBe(around[0]);
    expect(link.searchParams.get('lang')).toBe('zh');
    noErrors(explorer);
    await explorer.page.close();
  });
});

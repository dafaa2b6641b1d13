import { describe, expect, it } from 'vitest';
import { browserSuite } from '../helpers/browserSuite.js';
import { hasChromium, screenshot } from '../helpers/chromium.js';
import type { EdgeLook } from '../../client/src/views/graphView.js';

const ZTO = 'enterprise:zto-express';

if (!hasChromium) console.warn('Skipping the keyboard-path browser tests: /usr/bin/chromium does not exist (Debian package chromium).');

describe.skipIf(!hasChromium)('the keyboard path: search → open → expand → details → path start/end → path', () => {
  const { open, noErrors } = browserSuite();

  it(`takes at most 15 keys, every one through page.keyboard, and shows the path`, async () => {
    const explorer = await open('lang=en');
    const { page } = explorer;
    const keys: string[] = [];
    const press = async (key: string) => {
      keys.push(key);
      await page.keyboard.press(key);
    };
    const state = () => page.evaluate(() => (window as unknown as { pledgeGraph: { state(): { selection: string[] } } }).pledgeGraph.state());
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);

    // Search: "/" focuses the box, three letters find ZTO, Enter opens the first hit on the canvas.
    await press('/');
    for (const key of 'zto') await press(key);
    await page.locator(`#search-listbox [role=option][data-id="${ZTO}"]`).waitFor();
    await press('Enter');
    await explorer.settle();
    expect((await state()).selection).toEqual([ZTO]);
    expect(await focused()).toBe('cy');
    // Expand: Enter on the canvas.
    const before = (await explorer.ids()).length;
    await press('Enter');
    await explorer.settle();
    expect((await explorer.ids()).length).toBeGreaterThan(before);
    // Details: the selection's are shown; "[" makes it the path's start.
    await expect(page.locator('#details').textContent()).resolves.toContain('ZTO');
    await press('[');
    await expect(page.locator('#path-from').textContent()).resolves.toContain('ZTO');
    // Two arrow steps along ZTO's relationships, each announced, each shown in the details. The
    // first goes toward ZTO's nearest neighbour as drawn (the layout is random, so which way that
    // is changes between loads); the second goes on away from ZTO, the way the eye follows a line.
    const edges = () => page.evaluate(() => (window as unknown as { pledgeGraph: { labels(): { edges: EdgeLook[] } } }).pledgeGraph.labels().edges);
    const keyToward = (dx: number, dy: number) => (Math.abs(dx) >= Math.abs(dy) ? (dx > 0 ? 'ArrowRight' : 'ArrowLeft') : dy > 0 ? 'ArrowDown' : 'ArrowUp');
    {
      const nodes = await explorer.nodes();
      const at = new Map(nodes.filter((n) => n.visible).map((n) => [n.id, n.position]));
      const from = at.get(ZTO)!;
      const ends = (await edges()).flatMap((e) => (e.source === ZTO ? [e.target] : e.target === ZTO ? [e.source] : []));
      const distance = (id: string) => Math.hypot(at.get(id)!.x - from.x, at.get(id)!.y - from.y);
      const nearest = ends.filter((id) => at.has(id)).sort((a, b) => distance(a) - distance(b))[0]!;
      await press(keyToward(at.get(nearest)!.x - from.x, at.get(nearest)!.y - from.y));
      expect((await state()).selection[0]).not.toBe(ZTO);
      await expect(page.locator('#graph-announce').textContent()).resolves.toMatch(/relationships? shown/);
    }
    {
      const nodes = await explorer.nodes();
      const here = nodes.find((n) => n.selected)!.position;
      const from = nodes.find((n) => n.id === ZTO)!.position;
      const [dx, dy] = [here.x - from.x, here.y - from.y];
      // Straight on first, then the other axis' way; neither can lead back to ZTO, which is behind.
      const tries = [keyToward(dx, dy), Math.abs(dx) >= Math.abs(dy) ? keyToward(0, dy || 1) : keyToward(dx || 1, 0)];
      const was = (await state()).selection[0];
      for (const key of tries) {
        await press(key);
        if ((await state()).selection[0] !== was) break;
      }
      await expect(page.locator('#graph-announce').textContent()).resolves.toMatch(/relationships? shown|No neighbour/);
    }
    const end = (await state()).selection[0]!;
    expect(end).not.toBe(ZTO);
    const name = await page.locator('#graph-announce').textContent();
    console.log('keyboard path reached', end, '—', name);
    await press(']');
    await press('p');
    await page.locator('#path-result li').first().waitFor();
    await explorer.settle();
    expect(explorer.query().get('pf')).toBe(ZTO);
    expect(explorer.query().get('pt')).toBe(end);
    // Focus never fell to <body> on the way.
    expect(await focused()).not.toBe('BODY');
    await screenshot(page, 'keyboard-path');
    console.log(`keyboard route, ${keys.length} keys: ${keys.join(' ')}`);
    expect(keys.length).toBeLessThanOrEqual(15);
    noErrors(explorer);
    await page.close();
  });

  it('the article is one tab stop, with the arrow keys inside; skip links reach search, canvas, details and article; Clear keeps focus', async () => {
    const explorer = await open(`v=${ZTO}&s=${ZTO}&lang=zh`);
    const { page } = explorer;
    // The skip links: the page's first Tab reaches them, and each moves focus to its target.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.skip-links') !== null)).toBe(true);
    for (const [link, target] of [
      [0, 'search-input'],
      [1, 'cy'],
      [2, 'details'],
      [3, 'article'],
    ] as const) {
      if (link) await page.locator('.skip-links a').first().focus();
      for (let i = 0; i < link; i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(target);
    }
    await page.locator('#article mark.cited').first().waitFor();
    const stops = await page.locator('#article mark.cited[tabindex="0"]').count();
    expect(stops).toBe(1);
    await page.locator('#article mark.cited[tabindex="0"]').focus();
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-start'));
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-start'));
    expect(second).not.toBe(first);
    expect(await page.locator('#article mark.cited[tabindex="0"]').count()).toBe(1);
    // Tab leaves the article at once rather than walking its highlights.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#article'))).toBeNull();

    expect(explorer.query().get('s')).toBe(ZTO);

    // "[" then Clear from the keyboard: the button disables itself, focus stays in the panel.
    await page.locator('#cy').focus();
    await page.keyboard.press('[');
    await page.locator('#paths [data-action=path-clear]').focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
    noErrors(explorer);
    await page.close();
  });
});

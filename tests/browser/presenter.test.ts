import { beforeAll, describe, expect, it } from 'vitest';
import { browserSuite } from '../helpers/browserSuite.js';
import { hasChromium, screenshot } from '../helpers/chromium.js';
import type { ExplorerPage } from '../helpers/explorerPage.js';

interface Walkthrough {
  id: string;
  title: string;
  titleZh: string | null;
  steps: { title: string; titleZh: string | null; narration: string; narrationZh: string | null; focus: string[] }[];
}

if (!hasChromium) console.warn('Skipping the presenter browser tests: /usr/bin/chromium does not exist (Debian package chromium).');

describe.skipIf(!hasChromium)('presenter mode in Chromium, on the article graph', () => {
  const { api, open, noErrors } = browserSuite();
  let walk: Walkthrough;

  // The expected canvas of a step is what the API says it shows, never a list written here.
  const focusOf = (step: number) => [...new Set(walk.steps[step - 1]!.focus)].sort();
  const narration = (explorer: ExplorerPage) => explorer.page.locator('#presenter .presenter-narration').textContent();
  const counter = (explorer: ExplorerPage) => explorer.page.locator('#presenter .presenter-count').textContent();
  const press = async (explorer: ExplorerPage, key: string) => {
    await explorer.page.keyboard.press(key);
    await explorer.settle();
  };

  beforeAll(async () => {
    walk = (await api<{ walkthroughs: Walkthrough[] }>('{ walkthroughs { id title titleZh steps { title titleZh narration narrationZh focus } } }'))
      .walkthroughs[0]!;
    // Steps 2 and 3 are what the tests walk through.
    // The test steps to 4, and tells one step from two when Space is pressed: five at least.
    expect(walk.steps.length).toBeGreaterThanOrEqual(5);
  });

  it('opens a shared step, shows exactly its focus and its narration, steps on with →, and Esc leaves', async () => {
    const explorer = await open(`walk=${encodeURIComponent(walk.id)}&step=2&lang=en`);
    const { page } = explorer;
    expect(await explorer.ids()).toEqual(focusOf(2));
    // The step's focus is selected: the details panel and the article show its sources.
    expect((await explorer.nodes()).every((n) => n.selected && n.visible)).toBe(true);
    await expect(narration(explorer)).resolves.toBe(walk.steps[1]!.narration);
    await expect(page.locator('#presenter .presenter-title').textContent()).resolves.toBe(walk.steps[1]!.title);
    await expect(page.locator('#presenter .presenter-walk').textContent()).resolves.toBe(walk.title);
    await expect(counter(explorer)).resolves.toBe(`Step 2 of ${walk.steps.length}`);
    await expect(page.evaluate(() => document.body.classList.contains('presenting'))).resolves.toBe(true);
    // Only the canvas and the narration: the top bar, the side panels (details and article), the
    // canvas's tool bar and caption are all off screen.
    for (const panel of ['.top', '.sidebar', '.right', '.canvas-bar', '.caption'])
      await expect(page.locator(panel).first().isHidden(), `${panel} hidden while presenting`).resolves.toBe(true);
    await expect(page.locator('#cy').isVisible()).resolves.toBe(true);
    await expect(page.locator('#presenter').isVisible()).resolves.toBe(true);
    await screenshot(page, '13-presenter-step-2');

    await press(explorer, 'ArrowRight');
    expect(await explorer.ids()).toEqual(focusOf(3));
    await expect(narration(explorer)).resolves.toBe(walk.steps[2]!.narration);
    expect(explorer.query().get('step')).toBe('3');
    expect(explorer.query().get('walk')).toBe(walk.id);

    // Space on the focused Next button must step once, not twice (button click + shortcut).
    await page.locator('#presenter [data-action=next-step]').focus();
    await press(explorer, ' ');
    expect(explorer.query().get('step')).toBe('4');
    await press(explorer, 'PageUp');
    await press(explorer, 'ArrowLeft');
    expect(explorer.query().get('step')).toBe('2');
    await press(explorer, 'End');
    expect(explorer.query().get('step')).toBe(String(walk.steps.length));
    await press(explorer, 'PageDown');
    expect(explorer.query().get('step')).toBe(String(walk.steps.length));
    await press(explorer, 'Home');
    expect(explorer.query().get('step')).toBe('1');
    expect(await explorer.ids()).toEqual(focusOf(1));

    // Every fact stays traceable: the details panel shows the quotes of the selected focus node.
    expect(await page.locator('#details .sources blockquote').count()).toBeGreaterThan(0);

    await press(explorer, 'Escape');
    await expect(page.evaluate(() => document.body.classList.contains('presenting'))).resolves.toBe(false);
    await expect(page.locator('#presenter').isHidden()).resolves.toBe(true);
    expect(explorer.query().has('walk')).toBe(false);
    expect(explorer.query().has('step')).toBe(false);
    // The last step stays on the canvas to explore from.
    expect(await explorer.ids()).toEqual(focusOf(1));
    noErrors(explorer);
    await page.close();
  });

  it('narrates in Chinese when the language is Chinese, and follows a language switch', async () => {
    const explorer = await open(`walk=${encodeURIComponent(walk.id)}&step=2&lang=zh`);
    const { page } = explorer;
    const step = walk.steps[1]!;
    await expect(narration(explorer)).resolves.toBe(step.narrationZh ?? step.narration);
    await expect(page.locator('#presenter .presenter-title').textContent()).resolves.toBe(step.titleZh ?? step.title);
    await expect(counter(explorer)).resolves.toBe(`第 2 步，共 ${walk.steps.length} 步`);
    await expect(page.locator('#present-button').textContent()).resolves.toBe('演示');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.keyboard.press('f');
    await explorer.settle();
    await page.waitForTimeout(400);
    await screenshot(page, '14-presenter-zh-1920');
    await press(explorer, 'l');
    await expect(narration(explorer)).resolves.toBe(step.narration);
    expect(explorer.query().get('step')).toBe('2');
    noErrors(explorer);
    await page.close();
  });

  it('the Present button starts at step 1; stepping does not flood the undo history; a bad step falls back', async () => {
    const explorer = await open('lang=en');
    const { page } = explorer;
    const overview = await explorer.ids();
    await page.locator('#present-button').click();
    await explorer.settle();
    expect(explorer.query().get('walk')).toBe(walk.id);
    expect(explorer.query().get('step')).toBe('1');
    expect(await explorer.ids()).toEqual(focusOf(1));
    await page.locator('#presenter [data-action=next-step]').click();
    await explorer.settle();
    await press(explorer, 'PageDown');
    expect(explorer.query().get('step')).toBe('3');
    await page.locator('#presenter [data-action=exit-presenter]').click();
    await explorer.settle();
    expect(explorer.query().has('walk')).toBe(false);
    // One undo goes back to the canvas from before the presentation, not to step 2.
    await press(explorer, 'Control+z');
    expect(await explorer.ids()).toEqual(overview);
    noErrors(explorer);
    await page.close();

    const clamped = await open(`walk=${encodeURIComponent(walk.id)}&step=99&lang=en`);
    expect(clamped.query().get('step')).toBe(String(walk.steps.length));
    expect(await clamped.ids()).toEqual(focusOf(walk.steps.length));
    await clamped.page.close();

    const unknown = await open('walk=walkthrough:no-such-walk&step=2&lang=en');
    expect(unknown.query().has('walk')).toBe(false);
    await expect(unknown.page.locator('#status').textContent()).resolves.toContain('walkthrough:no-such-walk');
    // Not presenting: the first screen opens as usual.
    expect((await unknown.nodes()).filter((n) => n.kind === 'BUREAU')).toHaveLength(5);
    noErrors(unknown);
    await unknown.page.close();
  });
});

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { walkMessages } from '../../client/src/i18n/walkMessages.js';
import { browserSuite } from '../helpers/browserSuite.js';
import { collectPageErrors, hasChromium, screenshot } from '../helpers/chromium.js';
import type { ExplorerPage } from '../helpers/explorerPage.js';

interface Step {
  title: string;
  titleZh: string | null;
  narration: string;
  narrationZh: string | null;
  notes: string | null;
  notesZh: string | null;
  focus: string[];
}
interface Walkthrough {
  id: string;
  title: string;
  steps: Step[];
}

const QUERY = '{ walkthroughs { id title steps { title titleZh narration narrationZh notes notesZh focus } } }';

describe.skipIf(!hasChromium)('the speaker view and the room, in two windows of one browser', () => {
  const suite = browserSuite();
  const { api, open, noErrors } = suite;
  let walk: Walkthrough;

  beforeAll(async () => {
    walk = (await api<{ walkthroughs: Walkthrough[] }>(QUERY)).walkthroughs.find((w) => w.steps.length >= 3)!;
    expect(walk).toBeDefined();
  });

  const focusOf = (step: number) => [...new Set(walk.steps[step - 1]!.focus)].sort();
  /** What the speaker view must say for a step in English: the API's texts, the other language where English is missing. */
  const expected = (step: number) => {
    const s = walk.steps[step - 1]!;
    const next = walk.steps[step];
    return {
      count: `${step} / ${walk.steps.length}`,
      title: s.title,
      narration: s.narration,
      notes: s.notes || s.notesZh || walkMessages('en').speakerNoNotes,
      next: next ? next.title : walkMessages('en').lastStepReached,
    };
  };
  const shown = (speaker: Page) =>
    speaker.evaluate(() => ({
      count: document.querySelector('.speaker-count')?.textContent,
      title: document.querySelector('.speaker-title')?.textContent,
      narration: document.querySelector('.speaker-narration')?.textContent,
      notes: document.querySelector('.speaker-notes')?.textContent,
      next: document.querySelector('.speaker-next-title')?.textContent,
    }));
  const speakerAt = async (speaker: Page, step: number) => {
    await speaker.waitForFunction((count) => document.querySelector('.speaker-count')?.textContent === count, expected(step).count);
    expect(await shown(speaker)).toEqual(expected(step));
  };
  const roomAt = async (room: ExplorerPage, step: number) => {
    await room.page.waitForFunction((want) => new URL(location.href).searchParams.get('step') === want, String(step));
    await room.settle();
    expect(await room.ids()).toEqual(focusOf(step));
    await expect(room.page.locator('#presenter .presenter-title').textContent()).resolves.toBe(walk.steps[step - 1]!.title);
  };

  it('presents only the canvas and the narration in the room', async () => {
    const room = await open(`walk=${encodeURIComponent(walk.id)}&step=1&lang=en`);
    const { page } = room;
    for (const selector of ['header.top', '#search', '#toolbar', '.sidebar', '.right', '#details', '#article', '#walk-editor']) {
      await expect(page.locator(selector).first().isHidden(), selector).resolves.toBe(true);
    }
    await expect(page.locator('#cy').isVisible()).resolves.toBe(true);
    await expect(page.locator('#presenter .presenter-narration').isVisible()).resolves.toBe(true);
    await expect(page.locator('#presenter .presenter-narration').textContent()).resolves.toBe(walk.steps[0]!.narration);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.keyboard.press('f');
    await room.settle();
    await page.waitForTimeout(400);
    await screenshot(page, '30-presenter-room-1920');
    // Leaving brings everything back.
    await page.keyboard.press('Escape');
    await room.settle();
    for (const selector of ['header.top', '#toolbar', '.sidebar', '#details']) await expect(page.locator(selector).isVisible(), selector).resolves.toBe(true);
    noErrors(room);
    await page.close();
  });

  it('opens from the presenter panel, follows the room, and the room follows it', async () => {
    const room = await open(`walk=${encodeURIComponent(walk.id)}&step=1&lang=en`);
    const [speaker] = await Promise.all([suite.context.waitForEvent('page'), room.page.locator('#presenter [data-action=open-speaker]').click()]);
    const speakerErrors = collectPageErrors(speaker);
    await speaker.waitForLoadState();
    expect(new URL(speaker.url()).searchParams.get('speaker')).toBe('1');
    await speakerAt(speaker, 1);
    // The room's keys move the speaker view.
    await room.page.keyboard.press('ArrowRight');
    await speakerAt(speaker, 2);
    await roomAt(room, 2);
    // The speaker's buttons and keys move the room.
    await speaker.locator('.speaker [data-action=next-step]').click();
    await speakerAt(speaker, 3);
    await roomAt(room, 3);
    await speaker.keyboard.press('PageUp');
    await roomAt(room, 2);
    await speakerAt(speaker, 2);
    await speaker.setViewportSize({ width: 1280, height: 720 });
    await screenshot(speaker, '31-speaker-view');
    // The clock runs.
    await expect(speaker.locator('.speaker-clock').textContent()).resolves.toMatch(/\d+:\d\d/);
    expect(speakerErrors).toEqual([]);
    noErrors(room);
    await speaker.close();
    await room.page.close();
  });

  it('a speaker view opened by link joins the room where it is', async () => {
    const room = await open(`walk=${encodeURIComponent(walk.id)}&step=3&lang=en`);
    const speaker = await suite.context.newPage();
    await speaker.goto(room.page.url().replace(/step=3/, 'step=1') + '&speaker=1');
    // It asks where the room is, and goes there.
    await speakerAt(speaker, 3);
    await room.page.close();
    await speaker.close();
  });
});

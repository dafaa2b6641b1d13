import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { browserSuite } from '../helpers/browserSuite.js';
import { ARTIFACTS, hasChromium, screenshot } from '../helpers/chromium.js';
import type { ExplorerPage } from '../helpers/explorerPage.js';

const FUXING = 'project:fuxing-road-culture-technology-project';
const CONSTRUCTION = 'bureau:construction';
const EXPLORING = `v=${CONSTRUCTION},${FUXING}&s=${FUXING}`;
const WALK = 'walk=walkthrough:pledges-at-a-glance';

/** Each state: the link that opens it, and what the keyboard or a click does next. */
const STATES: { name: string; query: string; then?: (explorer: ExplorerPage) => Promise<void>; speaker?: true }[] = [
  { name: 'first screen', query: '' },
  { name: 'selection', query: EXPLORING },
  { name: 'presenter', query: `${WALK}&step=2` },
  {
    name: 'help dialog',
    query: '',
    then: async ({ page }) => {
      await page.keyboard.press('?');
      await page.locator('#help-dialog[open]').waitFor();
    },
  },
  {
    // The node menu, opened from the keyboard on the selected node (Shift+F10), focus on its first item.
    name: 'node menu',
    query: EXPLORING,
    then: async ({ page }) => {
      await page.locator('#cy').focus();
      await page.keyboard.press('Shift+F10');
      await page.locator('#context-menu:not([hidden]) [role=menuitem]:focus').waitFor();
    },
  },
  { name: 'shared projects', query: 'view=shared' },
  { name: 'investment targets', query: 'view=targets' },
  { name: 'targets map', query: 'view=targets&tm=map' },
  { name: 'canvas table', query: `${EXPLORING}&table=1` },
  {
    name: 'walkthrough editor',
    query: EXPLORING,
    then: async (explorer) => {
      await explorer.page.locator('#walk-editor-button').click();
      await explorer.page.locator('#walk-editor:not([hidden])').waitFor();
      await explorer.settle();
    },
  },
  { name: 'speaker view', query: `${WALK}&step=1&speaker=1`, speaker: true },
  // Without the editor token: the page says how to get one (the review itself: tests/browser/ingestReview.test.ts).
  { name: 'review view', query: 'view=ingest' },
];

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Counts = Record<'critical' | 'serious' | 'moderate' | 'minor', number>;

if (!hasChromium) console.warn('Skipping the accessibility browser tests: /usr/bin/chromium does not exist (Debian package chromium).');

describe.skipIf(!hasChromium)('accessibility: axe-core on every main state, in both languages', () => {
  const suite = browserSuite();
  const report: Record<string, Counts> = {};
  const findings: Record<string, string[]> = {};

  for (const lang of ['zh', 'en'] as const)
    for (const state of STATES)
      it(`${state.name} (${lang}) has no critical, serious or moderate finding`, async () => {
        const query = `${state.query}${state.query ? '&' : ''}lang=${lang}`;
        let page;
        if (state.speaker) {
          // The speaker view is not the explorer: it is ready when it shows its step.
          page = await suite.context.newPage();
          await page.goto(`${suite.server.url}/?${query}`);
          await page.locator('.speaker-count').waitFor();
        } else {
          const explorer = await suite.open(query);
          await state.then?.(explorer);
          page = explorer.page;
        }
        // Animations (fit, fading panels) end before axe reads colours off the page.
        await page.waitForTimeout(400);
        // WCAG 2.2 AA too: its target-size rule is what measured the Chinese UI's 22.8 px links.
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const counts: Counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
        for (const v of violations) counts[v.impact ?? 'minor'] += v.nodes.length;
        const key = `${state.name} (${lang})`;
        report[key] = counts;
        findings[key] = violations.map((v) => `${v.impact}: ${v.id} ×${v.nodes.length} — ${v.nodes[0]?.target.join(' ')}`);
        console.log(key, JSON.stringify(counts), findings[key].join('\n  '));
        mkdirSync(ARTIFACTS, { recursive: true });
        writeFileSync(path.join(ARTIFACTS, 'axe-counts.json'), JSON.stringify({ counts: report, findings }, null, 2));
        // What was judged, for a person to look at beside the counts (presenter mode among them).
        await screenshot(page, `state-${state.name.replace(/\W+/g, '-')}-${lang}`);
        expect(violations.filter((v) => v.impact !== 'minor').map((v) => `${v.impact}: ${v.id}`)).toEqual([]);
        await page.close();
      });
});

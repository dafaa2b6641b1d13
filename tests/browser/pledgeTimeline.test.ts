import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_LOOK } from '../../client/src/graph/statusLook.js';
import { messages } from '../../client/src/i18n/messages.js';
import { timeMessages } from '../../client/src/i18n/timeMessages.js';
import type { Executor } from '../../server/db/executor.js';
import { loadSeeds } from '../../server/load/loadSeeds.js';
import { browserSuite } from '../helpers/browserSuite.js';
import { hasChromium, screenshot } from '../helpers/chromium.js';
import type { ExplorerPage } from '../helpers/explorerPage.js';
import { editorPost } from '../helpers/editorPost.js';
import { removeIngested } from '../helpers/removeIngested.js';
import { ROOT } from '../helpers/spawnApp.js';
import { testExecutor } from '../helpers/testExecutor.js';

// A short mid-year progress report, made of words of tests/fixtures/reports/midyear-progress.md,
// is ingested through the API with the editor token: it reports 1,200 of the construction
// bureau's ≥ 4,000 networked parking spaces. The explorer then shows the pledge's new status on
// the canvas and its timeline in the details, "as of" an earlier day shows it as it was, the
// reading view reads the new report, and search limited to it finds only what cites it.

const TOKEN = 'pledge-timeline-test-token-0123456789';
const PLEDGE = 'pledge:build-bo-jining-parking-spaces';
const BUREAU = 'bureau:construction';
const ARTICLE = 'document:taibai-2023-pledges';
const REPORT = readFileSync(path.join(ROOT, 'tests/fixtures/reports/midyear-progress.md'), 'utf8');
const TITLE = REPORT.split('\n')[0]!.replace(/^#\s*/, '');
/** The report's sentence on parking, as it stands there. */
const SENTENCE = REPORT.slice(REPORT.indexOf('截至6月底'), REPORT.indexOf('。', REPORT.indexOf('停车位1200个')) + 1);
const HEADING = '太白湖新区建设局';
const TEXT = [`# ${TITLE}`, '', HEADING, '', SENTENCE, ''].join('\n');
const QUOTE = '已新增“泊济宁”停车位1200个';
const span = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length, quote });
const PROGRESS_DATE = '2023-06-30';
const REPORT_DATE = '2023-07-15';
const INGEST = `mutation($input: IngestInput!) { ingestDocument(input: $input) { document { id } statusChanges } }`;

/** Cytoscape's rgb(…) of a hex colour. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;

describe.skipIf(!hasChromium)('a pledge over time: status on the canvas, timeline, "as of", documents (1280×720)', () => {
  const suite = browserSuite({ EDITOR_TOKEN: TOKEN });
  let executor: Executor;
  let documentId = '';
  let pledgeIds: string[] = [];

  beforeAll(async () => {
    expect(SENTENCE).toContain(QUOTE);
    executor = testExecutor();
    const { body } = await editorPost<{ ingestDocument: { document: { id: string }; statusChanges: number } }>(suite.server.url, `Bearer ${TOKEN}`, INGEST, {
      input: {
        document: { title: TITLE, date: REPORT_DATE, text: TEXT },
        mentions: [{ entityId: BUREAU, spans: [span('区建设局')] }],
        statusChanges: [{ pledge: PLEDGE, status: 'in_the_works', date: PROGRESS_DATE, value: 1200, unit: '个', spans: [span(QUOTE)] }],
      },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.ingestDocument.statusChanges).toBe(1);
    documentId = body.data!.ingestDocument.document.id;
    const { pledges } = await suite.api<{ pledges: { id: string }[] }>('query($b: ID) { pledges(bureauId: $b) { id } }', { b: BUREAU });
    pledgeIds = pledges.map((p) => p.id);
  });
  afterAll(async () => {
    await removeIngested(executor);
    await loadSeeds(executor);
    await executor?.close();
  });

  /** The entity cites the ingested report, through its sources or a status change's words (asked of the API). */
  const cites = async (id: string) => {
    const { entity } = await suite.api<{ entity: { sources: { documentId: string }[]; statusHistory?: { sources: { documentId: string }[] }[] } }>(
      'query($id: ID!) { entity(id: $id) { sources { documentId } ... on Pledge { statusHistory { sources { documentId } } } } }',
      { id },
    );
    return [...entity.sources, ...(entity.statusHistory ?? []).flatMap((c) => c.sources)].some((s) => s.documentId === documentId);
  };
  const ring = async (explorer: ExplorerPage, id: string) => (await explorer.nodes()).find((n) => n.id === id)?.ring;
  const openBureau = (lang: 'en' | 'zh', extra = '') => suite.open(`v=${[BUREAU, ...pledgeIds].join(',')}&s=${PLEDGE}&lang=${lang}${extra}`);

  it("the pledge's node wears the status ring of its new status; the others stay pledged; the key names each status", async () => {
    const explorer = await openBureau('en');
    const { page } = explorer;
    const look = STATUS_LOOK.in_the_works;
    expect(await ring(explorer, PLEDGE)).toEqual({ status: 'in_the_works', color: rgb(look.color), style: look.style, width: look.width });
    for (const other of pledgeIds.filter((id) => id !== PLEDGE)) expect((await ring(explorer, other))?.status, other).toBe('pledged');
    const key = page.locator(`.status-legend li[data-status="in_the_works"]`);
    await expect(key.textContent()).resolves.toContain(timeMessages('en').statusNames.in_the_works);
    await expect(key.getAttribute('data-color')).resolves.toBe(look.color);
    await page.locator('#cy').click({ position: { x: 5, y: 5 } });
    await explorer.settle();
    await screenshot(page, 'timeline-canvas-status');
    suite.noErrors(explorer);
    await page.close();
  });

  it('its details show the timeline: made, then in the works with the quote, its document and the share; the quote opens its document', async () => {
    const explorer = await openBureau('en');
    const { page } = explorer;
    const entries = page.locator('#details .timeline-entry');
    await expect(entries.count()).resolves.toBe(2);
    await expect(entries.nth(0).getAttribute('data-status')).resolves.toBe('pledged');
    const progress = entries.nth(1);
    await expect(progress.getAttribute('data-status')).resolves.toBe('in_the_works');
    await expect(progress.getAttribute('data-date')).resolves.toBe(PROGRESS_DATE);
    await expect(progress.locator('.timeline-status').textContent()).resolves.toContain('in the works');
    await expect(progress.locator('.timeline-share').textContent()).resolves.toBe('1,200 of ≥ 4,000 parking spaces — 30%');
    await expect(progress.locator('blockquote').textContent()).resolves.toBe(QUOTE);
    await expect(progress.locator('.source-document').textContent()).resolves.toBe(`${TITLE} · ${REPORT_DATE}`);
    // The pledge's sources name their document once several are stored.
    await expect(page.locator('#details .sources .source-document').first().textContent()).resolves.toContain('2023-01-29');
    await page.locator('#details .timeline').scrollIntoViewIfNeeded();
    await screenshot(page, 'timeline-details-en');

    await progress.locator('button').click();
    await page.waitForFunction((id) => (document.getElementById('reading-document') as HTMLSelectElement | null)?.value === id, documentId);
    await expect(page.locator('#article .article-head h3').textContent()).resolves.toBe(TITLE);
    const flashed = page.locator('#article mark.flash').first();
    await flashed.waitFor();
    expect(QUOTE).toContain(await flashed.textContent());

    await page.locator('#lang-toggle').click();
    await explorer.settle();
    const zh = timeMessages('zh');
    await expect(progress.locator('.timeline-status').textContent()).resolves.toContain(zh.statusNames.in_the_works);
    await expect(progress.locator('.timeline-share').textContent()).resolves.toBe('1,200 / ≥ 4,000 个，完成 30%');
    await expect(page.locator('#details .timeline h4').textContent()).resolves.toBe(zh.timeline);
    await page.locator('#details .timeline').scrollIntoViewIfNeeded();
    await screenshot(page, 'timeline-details-zh');
    suite.noErrors(explorer);
    await page.close();
  });

  it('"as of" a day before the report shows the pledge as pledged again; before the meeting it is not yet there; Today brings it back', async () => {
    const explorer = await openBureau('en');
    const { page } = explorer;
    await page.locator('#as-of').fill('2023-06-01');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('asof') === '2023-06-01');
    await explorer.settle();
    expect((await ring(explorer, PLEDGE))?.status).toBe('pledged');
    expect((await ring(explorer, PLEDGE))?.width).toBe(0);
    await expect(page.locator('#details .numbers').textContent()).resolves.toContain(timeMessages('en').statusNames.pledged);
    await expect(page.locator('#details .timeline-entry.after-as-of').getAttribute('data-status')).resolves.toBe('in_the_works');

    // The article's meeting was on 2023-01-29: a day before, none of its pledges had been made.
    await page.locator('#as-of').fill('2023-01-28');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('asof') === '2023-01-28');
    await explorer.settle();
    expect(await explorer.ids()).toEqual([BUREAU]);

    await page.locator('#as-of-today').click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('asof'));
    await explorer.settle();
    expect(await explorer.ids()).toEqual([BUREAU, ...pledgeIds].sort());
    expect((await ring(explorer, PLEDGE))?.status).toBe('in_the_works');

    // A link keeps the day; a day that is not one falls back to today.
    const linked = await openBureau('en', '&asof=2023-06-01');
    expect((await ring(linked, PLEDGE))?.status).toBe('pledged');
    await expect(linked.page.locator('#as-of').inputValue()).resolves.toBe('2023-06-01');
    const bad = await openBureau('en', '&asof=2023-02-30');
    expect((await ring(bad, PLEDGE))?.status).toBe('in_the_works');
    for (const e of [explorer, linked, bad]) suite.noErrors(e);
    await Promise.all([linked.page.close(), bad.page.close(), page.close()]);
  });

  it('the reading view switches to the new report and back to the article, and a link keeps the one read', async () => {
    const explorer = await suite.open(`v=${BUREAU}&lang=en`);
    const { page } = explorer;
    const picker = page.locator('#reading-document');
    await expect(picker.inputValue()).resolves.toBe(ARTICLE);
    const options = await picker.locator('option').evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value));
    expect(options).toEqual([documentId, ARTICLE]);
    await picker.selectOption(documentId);
    await page.waitForFunction((title) => document.querySelector('#article .article-head h3')?.textContent === title, TITLE);
    await expect(page.locator('#article .article-text').textContent()).resolves.toContain(SENTENCE);
    // The document read is in the address: the link reopens it.
    await page.waitForFunction((id) => new URLSearchParams(location.search).get('rd') === id, documentId);
    const linked = await suite.open(new URL(page.url()).search.slice(1));
    await linked.page.waitForFunction((title) => document.querySelector('#article .article-head h3')?.textContent === title, TITLE);
    await expect(linked.page.locator('#reading-document').inputValue()).resolves.toBe(documentId);
    await picker.selectOption(ARTICLE);
    await page.waitForFunction((title) => document.querySelector('#article .article-head h3')?.textContent !== title, TITLE);
    await expect(page.locator('#article .article-text').textContent()).resolves.not.toContain(SENTENCE);
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('rd'));
    for (const e of [explorer, linked]) suite.noErrors(e);
    await Promise.all([linked.page.close(), page.close()]);
  });

  it('limited to the new report (or to its dates), search finds only what cites it, and the canvas keeps only that', async () => {
    const explorer = await openBureau('en');
    const { page } = explorer;
    const options = async () => {
      await page.locator('#search-listbox [role=option]').first().waitFor();
      return page.locator('#search-listbox [role=option]').evaluateAll((list) => list.map((o) => o.getAttribute('data-id')));
    };
    await page.locator('#search-input').fill('停车');
    const everywhere = await options();
    expect(everywhere).toContain(PLEDGE);
    expect(everywhere.length).toBeGreaterThan(1);
    await page.locator('#search-input').fill('');

    await page.locator('#scope-document').selectOption(documentId);
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('doc') === id, documentId);
    await explorer.settle();
    expect(await explorer.ids()).toEqual([BUREAU, PLEDGE].sort());
    await page.locator('#search-input').fill('停车');
    // Answered (the status line says how many, or that nothing matches): then the list is read.
    await page.waitForFunction(
      (searching) => !['', searching].includes(document.getElementById('search-status')?.textContent ?? ''),
      messages('en').searchSearching,
    );
    const scoped = await page.locator('#search-listbox [role=option]').evaluateAll((list) => list.map((o) => o.getAttribute('data-id')));
    expect(scoped).toContain(PLEDGE);
    expect(scoped.length).toBeLessThan(everywhere.length);
    // Whatever it finds cites the report; whatever it left out does not.
    for (const id of everywhere) expect(await cites(id!), id!).toBe(scoped.includes(id));

    // A date range from the report's day holds the report alone (the article is older): the same answers.
    await page.locator('#scope-clear').click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('doc'));
    await page.locator('#scope-from').fill(REPORT_DATE);
    await page.waitForFunction((day) => new URL(location.href).searchParams.get('df') === day, REPORT_DATE);
    await explorer.settle();
    expect(await explorer.ids()).toEqual([BUREAU, PLEDGE].sort());
    await page.locator('#search-input').fill('');
    await page.locator('#search-input').fill('停车');
    await page.waitForFunction(
      (searching) => !['', searching].includes(document.getElementById('search-status')?.textContent ?? ''),
      messages('en').searchSearching,
    );
    const ranged = await page.locator('#search-listbox [role=option]').evaluateAll((list) => list.map((o) => o.getAttribute('data-id')));
    expect([...ranged].sort()).toEqual([...scoped].sort());
    suite.noErrors(explorer);
    await page.close();
  });
});

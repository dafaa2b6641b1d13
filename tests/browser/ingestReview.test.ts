import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Download, Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { browserSuite } from '../helpers/browserSuite.js';
import { hasChromium } from '../helpers/chromium.js';
import { editorPost } from '../helpers/editorPost.js';
import { removeIngested } from '../helpers/removeIngested.js';
import { spawnApp, type SpawnedApp } from '../helpers/spawnApp.js';
import { testExecutor, testNeo4jEnv } from '../helpers/testExecutor.js';

// An editor reviews one of our own test reports (a mid-year progress report) in ?view=ingest:
// the draft appears, part of it is accepted (in bulk by confidence, one edited, one rejected,
// one merged into an entity of the graph), the review survives a reload, and "Save to graph"
// stores it. After a restart of the app on the same Neo4j, search finds the new entity, the
// explorer shows it on the canvas with its quote from the new document, and the pledge the
// report speaks of has its new status. Everything stored is removed at the end.

const TOKEN = 'ingest-review-test-token-0123456789';
const REPORT = readFileSync(new URL('../fixtures/reports/midyear-progress.md', import.meta.url), 'utf8');
const TITLE = '太白湖新区2023年上半年重点工作推进情况';
const NEW_COMPANY = '济宁华瑞新材料有限公司';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** Where screenshots go, when asked for (SHOTS_DIR): the review at 1280×720 in both languages. */
const SHOTS = process.env.SHOTS_DIR;

describe.skipIf(!hasChromium)('reviewing a new report in the browser', () => {
  const suite = browserSuite({ EDITOR_TOKEN: TOKEN });
  let app: SpawnedApp | null = null;
  let restarted: { url: string } | null = null;
  const executor = testExecutor();
  afterAll(async () => {
    app?.child.kill('SIGTERM');
    await app?.exited;
    await removeIngested(executor);
    await executor.close();
  });

  const item = (page: Page, kind: string, text: string): Locator => page.locator(`.ingest-item.kind-${kind}`).filter({ hasText: text }).first();
  const decision = async (locator: Locator) => (await locator.getAttribute('class'))!.match(/decision-(\w+)/)![1];
  const axeClean = async (page: Page) => {
    const { violations } = await new AxeBuilder({ page }).include('#ingest').withTags(TAGS).analyze();
    expect(violations.filter((v) => v.impact !== 'minor').map((v) => `${v.impact}: ${v.id} — ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  };

  it('without the token says how to get one', async () => {
    const { page } = await suite.open('view=ingest&lang=en');
    await expect(page.locator('#ingest [role="alert"]').textContent()).resolves.toContain('editor link');
    expect(await page.locator('#ingest-text').count()).toBe(0);
    await page.close();
  });

  it('drafts, reviews, saves in one mutation; after a restart the new facts are found, cited from the new document', async () => {
    const explorer = await suite.open(`view=ingest&editor=${TOKEN}&lang=en`);
    const { page } = explorer;
    await page.setViewportSize({ width: 1280, height: 720 });
    // Title and date are required: drafting without them says so and sends nothing.
    await page.locator('#ingest-text').fill(REPORT);
    await page.locator('[data-action="draft"]').click();
    await expect(page.locator('#ingest-title').getAttribute('aria-invalid')).resolves.toBe('true');
    await page.locator('#ingest-title').fill(TITLE);
    await page.locator('#ingest-title').dispatchEvent('change');
    await page.locator('#ingest-date').fill('2023-07-15');
    await page.locator('#ingest-date').dispatchEvent('change');
    await page.locator('#ingest-source').fill('https://example.org/midyear-2023');
    await page.locator('#ingest-source').dispatchEvent('change');
    await page.locator('[data-action="draft"]').click();
    await page.locator('.ingest-list').waitFor();

    // The draft is on the text (marks) and in the list, with the progress at 0 of n.
    const total = await page.locator('.ingest-item').count();
    expect(total).toBeGreaterThan(5);
    expect(await page.locator('.ingest-text mark.kind-progress').count()).toBeGreaterThan(0);
    await expect(page.locator('#ingest-progress-label').textContent()).resolves.toBe(`0 of ${total} reviewed`);
    await axeClean(page);

    // Bulk accept (high), then one edit, one reject, one merge.
    await page.locator('[data-action="accept-high"]').click();
    const accepted = await page.locator('.ingest-item.decision-accepted').count();
    expect(accepted).toBeGreaterThan(0);
    const company = item(page, 'candidate', NEW_COMPANY);
    await company.locator('summary').click();
    await company.locator('input[name="nameEn"]').fill('Jining Huarui New Materials');
    await company.locator('input[name="nameEn"]').press('Tab');
    await item(page, 'candidate', NEW_COMPANY).locator('[data-action="accept"]').click();
    await item(page, 'candidate', '文旅项目').locator('[data-action="reject"]').click();
    const centre = item(page, 'candidate', '太白湖景区游客服务中心');
    await centre.locator('[data-action="merge"]').click();
    const picker = centre.locator('.ingest-picker input');
    await picker.fill('太白湖景区');
    await picker.press('Enter');
    await picker.dispatchEvent('change');
    await centre.locator('[data-merge="place:taibai-lake-scenic-area"]').click();
    await expect(decision(item(page, 'candidate', '太白湖景区游客服务中心'))).resolves.toBe('accepted');

    // A link by search, not by typing ids: the festival pledge concerns the scenic area. The picker
    // takes focus, and gives it back to "Add…" once a hit is picked.
    const festival = item(page, 'pledge', '文旅节庆');
    await festival.locator('summary').click();
    await festival.locator('[data-action="choose-concerns"]').click();
    const concernsPicker = item(page, 'pledge', '文旅节庆').locator('.ingest-picker[data-purpose="concerns"] input');
    await expect(concernsPicker.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    await concernsPicker.fill('太白湖景区');
    await concernsPicker.dispatchEvent('change');
    await item(page, 'pledge', '文旅节庆').locator('[data-pick="place:taibai-lake-scenic-area"]').click();
    const chip = item(page, 'pledge', '文旅节庆').locator('[data-concern="place:taibai-lake-scenic-area"]');
    await expect(chip.textContent()).resolves.toContain('Taibai Lake Scenic Area');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-action'))).resolves.toBe('choose-concerns');
    // The edit form open with a chip, and a picker open with its hits: as clean as the rest.
    await axeClean(page);
    await item(page, 'pledge', '文旅节庆').locator('[data-action="choose-concerns"]').click();
    await item(page, 'pledge', '文旅节庆').locator('.ingest-picker input').fill('泗河口');
    await item(page, 'pledge', '文旅节庆').locator('.ingest-picker input').dispatchEvent('change');
    await item(page, 'pledge', '文旅节庆').locator('.ingest-hits button').first().waitFor();
    await axeClean(page);
    await item(page, 'pledge', '文旅节庆').locator('[data-action="close-picker"]').click();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-action'))).resolves.toBe('choose-concerns');
    await expect(item(page, 'pledge', '文旅节庆').locator('.ingest-what').textContent()).resolves.toContain('Concerns: Taibai Lake Scenic Area');
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    if (SHOTS) await item(page, 'pledge', '文旅节庆').screenshot({ path: path.join(SHOTS, 'ingest-concerns-picked-en.png') });
    if ((await decision(item(page, 'pledge', '文旅节庆'))) !== 'accepted') await item(page, 'pledge', '文旅节庆').locator('[data-action="accept"]').click();

    // Clicking an item marks its words in the text, and the other way round.
    await item(page, 'candidate', NEW_COMPANY).locator('.ingest-quote').click();
    // (A name inside it, 济宁, is its own mark: the selected words may be cut in several.)
    expect((await page.locator('.ingest-text mark.selected').allTextContents()).join('')).toBe(NEW_COMPANY);
    await page.locator('.ingest-text mark.kind-progress').first().click();
    expect(await page.locator('.ingest-item.selected.kind-progress').count()).toBe(1);

    // The review survives a reload (kept under the text's sha256).
    await page.reload();
    await page.locator('.ingest-list').waitFor();
    await expect(decision(item(page, 'candidate', '文旅项目'))).resolves.toBe('rejected');
    await expect(decision(item(page, 'candidate', NEW_COMPANY))).resolves.toBe('accepted');
    await expect(page.locator('#ingest-progress-label').textContent()).resolves.toBe(
      `${await page.locator('.ingest-item:not(.decision-pending)').count()} of ${total} reviewed`,
    );
    await expect(item(page, 'pledge', '文旅节庆').locator('[data-concern="place:taibai-lake-scenic-area"]').count()).resolves.toBe(1);
    await axeClean(page);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'ingest-review-en.png') });
    // The other language: every text of the view changes, and it is as clean.
    await page.locator('[data-action="lang"]').click();
    await expect(page.locator('#ingest-progress-label').textContent()).resolves.toContain('已审阅');
    await expect(page.locator('[data-action="save"]').textContent()).resolves.toBe('保存到图谱');
    await axeClean(page);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'ingest-review-zh.png') });
    await page.locator('[data-action="lang"]').click();

    // Save: one mutation; what was stored is listed with links into the explorer.
    const mutations: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.postData()?.includes('ingestDocument')) mutations.push(request.postData()!);
    });
    await page.locator('[data-action="save"]').click();
    await page.locator('.ingest-saved').waitFor();
    expect(mutations).toHaveLength(1);
    const companyLink = page.locator('.ingest-saved-list a').filter({ hasText: 'enterprise:' }).first();
    const companyId = (await companyLink.getAttribute('data-id'))!;
    expect(companyId).toMatch(/^enterprise:/);
    expect(await companyLink.getAttribute('href')).toContain(`s=${encodeURIComponent(companyId)}`);
    const documentId = (await page.locator('.ingest-saved a[data-id^="document:"]').getAttribute('data-id'))!;

    // Export as seeds: the text verbatim, its metadata, and the graph file naming the ids stored.
    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));
    await page.locator('[data-action="export-seeds"]').click();
    await expect.poll(() => downloads.length).toBe(3);
    const exported = async (end: string) => readFileSync(await downloads.find((d) => d.suggestedFilename().endsWith(end))!.path(), 'utf8');
    expect(await exported('.txt')).toBe(REPORT);
    const graphFile = downloads.find((d) => d.suggestedFilename().startsWith('graph_'))!;
    const graphYaml = readFileSync(await graphFile.path(), 'utf8');
    expect(graphYaml).toContain(companyId);
    // All of the review: the status change and the mentions too, not only what is new.
    expect(graphYaml).toMatch(/statusChanges:\n {2}- pledge: pledge:build-bo-jining-parking-spaces\n {4}status: in_the_works/);
    expect(graphYaml).toMatch(/mentions:\n {2}- id: /);
    expect(explorer.errors).toEqual([]);
    await page.close();

    // A restart: the app that served the review stops, and a new process of the app (as npm start
    // runs it) serves the same Neo4j. Search finds the new entity, cited from the new document.
    await suite.server.close();
    app = spawnApp({ ...process.env, ...testNeo4jEnv(), PORT: '0', EDITOR_TOKEN: TOKEN });
    restarted = { url: (await app.waitForLog('serving')).url as string };
    const found = await editorPost(
      restarted.url,
      undefined,
      'query($t: String!) { search(text: $t) { entity { id name nameEn sources { documentId quote } } } }',
      {
        t: '华瑞新材料',
      },
    );
    const hit = found.body.data.search.find((h: { entity: { id: string } }) => h.entity.id === companyId);
    expect(hit?.entity).toMatchObject({ name: NEW_COMPANY, nameEn: 'Jining Huarui New Materials' });
    expect(hit.entity.sources).toContainEqual({ documentId, quote: NEW_COMPANY });
    // The rejected candidate was not stored; the merged one cites the new document on the seeded place.
    const rejected = await editorPost(restarted.url, undefined, 'query { search(text: "文旅项目") { entity { id } } }');
    expect(
      rejected.body.data.search.map((h: { entity: { id: string } }) => h.entity.id).filter((id: string) => id.startsWith('project:') && id.includes('wen')),
    ).toEqual([]);
    const place = await editorPost(restarted.url, undefined, 'query { entity(id: "place:taibai-lake-scenic-area") { sources { documentId quote } } }');
    expect(place.body.data.entity.sources).toContainEqual({ documentId, quote: '太白湖景区游客服务中心' });
    // The progress of the bulk accept is the pledge's new status, citing the report.
    const pledges = await editorPost(
      restarted.url,
      undefined,
      'query { pledges(bureauId: "bureau:construction") { id statusHistory { status value sources { documentId } } } }',
    );
    const parking = pledges.body.data.pledges.find((p: { id: string }) => p.id === 'pledge:build-bo-jining-parking-spaces');
    expect(parking.statusHistory).toContainEqual(expect.objectContaining({ status: 'in_the_works', value: 1200, sources: [{ documentId }] }));

    // The picked link is stored: a new pledge of the report concerns the scenic area.
    const around = await editorPost(
      restarted.url,
      undefined,
      'query { neighborhood(ids: ["place:taibai-lake-scenic-area"], depth: 1) { edges { type source sources { documentId } } } }',
    );
    expect(around.body.data.neighborhood.edges).toContainEqual(
      expect.objectContaining({ type: 'CONCERNS', sources: [expect.objectContaining({ documentId })] }),
    );

    // On the canvas, with its quote from the new document in its details.
    const opened = await suite.open(`${restarted.url}/?v=${encodeURIComponent(companyId)}&s=${encodeURIComponent(companyId)}&lang=en`);
    expect(await opened.ids()).toContain(companyId);
    await expect(opened.page.locator('#details').textContent()).resolves.toContain(NEW_COMPANY);
    expect(await opened.page.locator('#details blockquote').allTextContents()).toContain(NEW_COMPANY);
    expect(opened.errors).toEqual([]);
    await opened.page.close();

    // In the explorer, the progress is on the pledge's timeline, quoted from the new document.
    const pledge = await suite.open(`${restarted.url}/?v=${encodeURIComponent(parking.id)}&s=${encodeURIComponent(parking.id)}&lang=en`);
    const progress = pledge.page.locator('#details .timeline-entry[data-status="in_the_works"]');
    await expect(progress.count()).resolves.toBe(1);
    await expect(progress.locator('.timeline-status').textContent()).resolves.toContain('in the works');
    await expect(progress.locator('.timeline-share').textContent()).resolves.toContain('1,200');
    await expect(progress.locator('blockquote').textContent()).resolves.toContain('1200');
    expect(pledge.errors).toEqual([]);
    await pledge.page.close();
  });
});

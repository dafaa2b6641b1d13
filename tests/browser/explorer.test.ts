import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleBlocks } from '../../client/src/reading/articleBlocks.js';
import { browserSuite } from '../helpers/browserSuite.js';
import { hasChromium, screenshot } from '../helpers/chromium.js';
import { searchAndChoose } from '../helpers/explorerPage.js';

const FUXING = 'project:fuxing-road-culture-technology-project';
const CONSTRUCTION = 'bureau:construction';
const ECONOMIC = 'bureau:economic-development';
const ZTO = 'enterprise:zto-express';
const SIHEKOU = 'place:sihekou-port';

interface Entity {
  id: string;
  name: string;
  nameEn: string | null;
  sources: { start: number; end: number; quote: string }[];
}

if (!hasChromium) console.warn('Skipping the explorer browser tests: /usr/bin/chromium does not exist (Debian package chromium).');

describe.skipIf(!hasChromium)('the explorer in Chromium, on the article graph', () => {
  const { api, open, noErrors } = browserSuite();
  const entity = async (id: string) =>
    (await api<{ entity: Entity }>('query($id: ID!) { entity(id: $id) { id name nameEn sources { start end quote } } }', { id })).entity;

  it('opens on the five bureaus and what their pledges share, with a legend of kinds', async () => {
    const explorer = await open('');
    const nodes = await explorer.nodes();
    const bureaus = nodes.filter((n) => n.kind === 'BUREAU');
    expect(bureaus).toHaveLength(5);
    const shared = (await api<{ sharedByBureaus: { entity: { id: string } }[] }>('{ sharedByBureaus { entity { id } } }')).sharedByBureaus;
    for (const s of shared) expect(nodes.map((n) => n.id)).toContain(s.entity.id);
    // Not a hairball: far fewer nodes than the graph holds.
    expect(nodes.length).toBeLessThan(60);
    const legend = explorer.page.locator('#kinds button[aria-pressed]');
    // Every kind but Document.
    expect(await legend.count()).toBe(7);
    await screenshot(explorer.page, '01-overview');
    noErrors(explorer);
    await explorer.page.close();
  });

  it('finds 复兴之路 as you type, adds it and centres on it; Enter expands it without moving what was placed', async () => {
    const explorer = await open(`v=${CONSTRUCTION}&lang=zh`);
    const { page } = explorer;
    expect(await explorer.ids()).toEqual([CONSTRUCTION]);
    await page.locator('#search-input').fill('复兴之路');
    const option = page.locator(`#search-listbox [role=option][data-id="${FUXING}"]`);
    await option.waitFor();
    await expect(option.locator('.hit-kind').textContent()).resolves.toBe('项目');
    await expect(page.locator('#search-input').getAttribute('aria-expanded')).resolves.toBe('true');
    await screenshot(page, '02-typeahead');
    await searchAndChoose(explorer, '复兴之路', FUXING);
    const afterSearch = await explorer.nodes();
    expect(afterSearch.map((n) => n.id)).toContain(FUXING);
    expect(afterSearch.find((n) => n.id === FUXING)?.selected).toBe(true);
    await screenshot(page, '03-search-added');

    const before = new Map(afterSearch.map((n) => [n.id, n.position]));
    await page.keyboard.press('Enter');
    await explorer.settle();
    const expanded = await explorer.nodes();
    expect(expanded.length).toBeGreaterThan(afterSearch.length);
    for (const node of expanded.filter((n) => before.has(n.id))) {
      expect(Math.abs(node.position.x - before.get(node.id)!.x)).toBeLessThan(1);
      expect(Math.abs(node.position.y - before.get(node.id)!.y)).toBeLessThan(1);
    }
    await screenshot(page, '04-expanded');

    // A runaway expansion is one keystroke from undone, and one from redone.
    await page.keyboard.press('Control+z');
    await explorer.settle();
    expect(await explorer.ids()).toEqual(afterSearch.map((n) => n.id).sort());
    await page.keyboard.press('Control+Shift+z');
    await explorer.settle();
    expect(await explorer.ids()).toEqual(expanded.map((n) => n.id).sort());
    noErrors(explorer);
    await page.close();
  });

  it('says so when a search finds nothing', async () => {
    const explorer = await open(`v=${CONSTRUCTION}&lang=en`);
    const { page } = explorer;
    await page.locator('#search-input').fill('qqqzzzxxx');
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.startsWith('Nothing matches'));
    await expect(page.locator('#search-listbox').isHidden()).resolves.toBe(true);
    await screenshot(page, '02b-search-empty');
    noErrors(explorer);
    await page.close();
  });

  it('shows the details of a node with its quotes, and the reading view highlights and scrolls to them', async () => {
    const fuxing = await entity(FUXING);
    const explorer = await open(`v=${FUXING}&s=${FUXING}&lang=en`);
    const { page } = explorer;
    const details = page.locator('#details');
    await expect(details.locator('h3').textContent()).resolves.toBe(fuxing.nameEn);
    const quotes = await details.locator('.sources blockquote').allTextContents();
    expect(quotes).toEqual(fuxing.sources.map((s) => s.quote));
    // Relationships grouped by type, each neighbour a button.
    expect(await details.locator('.relationships h5').count()).toBeGreaterThan(0);
    // Which bureaus pledged to it, and with which pledges: as the API's shared-by-bureaus answer says.
    const shared = (
      await api<{ sharedByBureaus: { entity: { id: string }; bureaus: { nameEn: string }[]; pledges: { id: string }[] }[] }>(
        '{ sharedByBureaus { entity { id } bureaus { nameEn } pledges { id } } }',
      )
    ).sharedByBureaus.find((s) => s.entity.id === FUXING)!;
    await expect(details.locator('.pledged-by > h4').textContent()).resolves.toBe(`Pledged by ${shared.bureaus.length} bureaus`);
    expect((await details.locator('.pledged-by h5').allTextContents()).sort()).toEqual(shared.bureaus.map((b) => b.nameEn).sort());
    expect(await details.locator('.pledged-by li').count()).toBe(shared.pledges.length);

    // Every one of its spans is marked "current" in the article text.
    const current = await page
      .locator('#article mark.current')
      .evaluateAll((marks) => marks.map((m) => ({ start: Number((m as HTMLElement).dataset.start), end: Number((m as HTMLElement).dataset.end) })));
    for (const span of fuxing.sources) expect(current.some((m) => m.start < span.end && m.end > span.start)).toBe(true);

    // Every span the graph cites is highlighted, not only those of the one node on the canvas:
    // every character of it that the view shows ("## " heading marks are not shown).
    const { citations, document: article } = await api<{ citations: { span: { start: number; end: number } }[]; document: { text: string } }>(
      '{ citations(documentId: "document:taibai-2023-pledges") { span { start end } } document(id: "document:taibai-2023-pledges") { text } }',
    );
    const blocks = articleBlocks(article.text);
    const shown = (start: number, end: number) => blocks.reduce((sum, b) => sum + Math.max(0, Math.min(end, b.end) - Math.max(start, b.start)), 0);
    const marked = await page
      .locator('#article mark.cited')
      .evaluateAll((marks) => marks.map((m) => ({ start: Number((m as HTMLElement).dataset.start), end: Number((m as HTMLElement).dataset.end) })));
    for (const { span } of citations) {
      const covered = marked.filter((m) => m.start >= span.start && m.end <= span.end).reduce((sum, m) => sum + m.end - m.start, 0);
      expect(covered, `span ${span.start}..${span.end} not fully highlighted`).toBe(shown(span.start, span.end));
      expect(shown(span.start, span.end)).toBeGreaterThan(0);
    }
    // The article's "## " lines are headings, without their marks.
    const headings = await page.locator('#article .article-subhead').allTextContents();
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.join('')).not.toContain('#');
    await expect(page.locator('#article .article-text').textContent()).resolves.not.toContain('## ');

    await details.getByRole('button', { name: 'Show in the article' }).first().click();
    const flashed = page.locator('#article mark.flash').first();
    await expect(flashed.textContent()).resolves.toSatisfy((text: string | null) => fuxing.sources[0]!.quote.includes(text ?? '∅'));
    await page.waitForTimeout(600);
    const box = await flashed.boundingBox();
    const panel = await page.locator('section.reading').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(panel!.y);
    expect(box!.y).toBeLessThanOrEqual(panel!.y + panel!.height);
    await screenshot(page, '05-details-and-article');

    // Clicking another highlight selects what cites it.
    const other = page.locator('#article mark.cited:not(.current)').first();
    await other.click();
    await explorer.settle();
    const selected = explorer.query().get('s');
    expect(selected).toBeTruthy();
    expect(selected).not.toBe(FUXING);
    noErrors(explorer);
    await page.close();
  });

  it('switches every label between Chinese and English and remembers the choice', async () => {
    const fuxing = await entity(FUXING);
    const explorer = await open(`v=${FUXING},${CONSTRUCTION}&lang=zh`);
    const { page } = explorer;
    const label = async () => (await explorer.nodes()).find((n) => n.id === FUXING)!.label;
    expect(fuxing.name.startsWith((await label()).replace('…', ''))).toBe(true);
    await expect(page.locator('#details-heading').textContent()).resolves.toBe('详情');
    await page.getByRole('button', { name: 'English' }).click();
    await explorer.settle();
    expect(fuxing.nameEn!.startsWith((await label()).replace('…', ''))).toBe(true);
    await expect(page.locator('#details-heading').textContent()).resolves.toBe('Details');
    await screenshot(page, '06-english');
    // Remembered: a page opened without ?lang= comes up in English.
    const again = await open(`v=${FUXING}`);
    expect(fuxing.nameEn!.startsWith((await again.nodes())[0]!.label.replace('…', ''))).toBe(true);
    noErrors(explorer);
    await page.close();
    await again.page.close();
  });

  it('reopens exactly the same view from its link', async () => {
    const explorer = await open(`v=${ECONOMIC}&lang=en`);
    const { page } = explorer;
    // Build a view by hand: hide places, add and expand a project, pick another layout.
    await page.locator('#kinds button[data-kind=PLACE]').click();
    const ids = await explorer.ids();
    await searchAndChoose(explorer, '复兴之路', FUXING);
    await page.keyboard.press('Enter');
    await explorer.settle();
    await page.selectOption('#layout-select', 'concentric');
    await explorer.settle();
    const built = await explorer.ids();
    expect(built.length).toBeGreaterThan(ids.length);
    const link = page.url();

    const reopened = await open(link);
    expect(await reopened.ids()).toEqual(built);
    expect(reopened.query().get('s')).toBe(FUXING);
    await expect(reopened.page.locator('#layout-select').inputValue()).resolves.toBe('concentric');
    await expect(reopened.page.locator('#kinds button[data-kind=PLACE]').getAttribute('aria-pressed')).resolves.toBe('false');
    const hiddenPlaces = (await reopened.nodes()).filter((n) => n.kind === 'PLACE');
    expect(hiddenPlaces.every((n) => !n.visible)).toBe(true);
    await screenshot(reopened.page, '07-permalink');
    noErrors(explorer);
    noErrors(reopened);
    await page.close();
    await reopened.page.close();
  });

  it('opens a link whose ids the graph no longer holds: the rest of the view, and a note naming the missing ones', async () => {
    const gone = 'project:demolished-long-ago';
    const explorer = await open(`v=${CONSTRUCTION},${FUXING},${gone}&s=${gone}&pf=${gone}&pt=${FUXING}&lang=en`);
    expect(await explorer.ids()).toEqual([CONSTRUCTION, FUXING].sort());
    const status = explorer.page.locator('#status');
    await expect(status.textContent()).resolves.toContain(gone);
    // The dead selection and path are dropped rather than kept in the next link.
    expect(explorer.query().get('s')).toBeNull();
    expect(explorer.query().get('pf')).toBeNull();
    await expect(explorer.page.locator('#article mark').count()).resolves.toBeGreaterThan(0);
    noErrors(explorer);
    await explorer.page.close();
  });

  it('highlights all shortest paths between two named nodes and reads them out', async () => {
    const expected = (
      await api<{ paths: { nodes: { id: string }[]; edges: { id: string }[] }[] }>(
        'query($from: ID!, $to: ID!) { paths(from: $from, to: $to) { nodes { id } edges { id } } }',
        { from: ZTO, to: SIHEKOU },
      )
    ).paths;
    expect(expected.length).toBeGreaterThan(0);
    const [zto, port] = [await entity(ZTO), await entity(SIHEKOU)];

    const explorer = await open(`v=${CONSTRUCTION}&lang=en`);
    const { page } = explorer;
    await searchAndChoose(explorer, 'ZTO', ZTO);
    await page.locator('[data-action=path-from]').click();
    await searchAndChoose(explorer, 'Sihekou', SIHEKOU);
    await page.locator('[data-action=path-to]').click();
    await page.locator('[data-action=path-find]').click();
    await explorer.settle();

    const onPath = new Set(expected.flatMap((p) => p.nodes.map((n) => n.id)));
    const nodes = await explorer.nodes();
    for (const id of onPath) expect(nodes.find((n) => n.id === id)?.classes).toContain('on-path');
    for (const n of nodes.filter((n) => !onPath.has(n.id))) expect(n.classes).toContain('dimmed');
    const sentences = await page.locator('#path-result li').allTextContents();
    expect(sentences).toHaveLength(expected.length);
    for (const sentence of sentences) {
      expect(sentence.startsWith(zto.nameEn!)).toBe(true);
      expect(sentence.endsWith(`${port.nameEn}.`)).toBe(true);
    }
    await screenshot(page, '08-path');
    noErrors(explorer);
    await page.close();
  });

  it('opens a link that names only the ends of a path with the whole path on the canvas', async () => {
    const expected = (
      await api<{ paths: { nodes: { id: string }[] }[] }>('query($from: ID!, $to: ID!) { paths(from: $from, to: $to) { nodes { id } } }', {
        from: ZTO,
        to: SIHEKOU,
      })
    ).paths;
    const explorer = await open(`v=${ZTO},${SIHEKOU}&pf=${ZTO}&pt=${SIHEKOU}&lang=en`);
    const onCanvas = await explorer.ids();
    for (const id of expected.flatMap((p) => p.nodes.map((n) => n.id))) expect(onCanvas).toContain(id);
    await expect(explorer.page.locator('#caption').textContent()).resolves.toContain('ZTO Express');
    noErrors(explorer);
    await explorer.page.close();
  });

  it('expands a bureau only up to the limit and offers the rest behind "+N more", by kind', async () => {
    const { neighborhood } = await api<{ neighborhood: { nodes: { id: string }[] } }>(
      'query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1, limit: 2000) { nodes { id } } }',
      { ids: [ECONOMIC] },
    );
    const neighbours = neighborhood.nodes.length - 1;
    const limit = 10;
    expect(neighbours).toBeGreaterThan(limit);
    const explorer = await open(`v=${ECONOMIC}&s=${ECONOMIC}&n=${limit}&lang=en`);
    const { page } = explorer;
    await page.locator('#toolbar button[data-action=expand]').click();
    await explorer.settle();
    expect(await explorer.nodes()).toHaveLength(1 + limit);
    const more = page.locator('#details button.more');
    await expect(more.textContent()).resolves.toContain(String(neighbours - limit));
    await screenshot(page, '09-more-badge');
    await more.click();
    const chooser = page.locator('#more-dialog');
    await chooser.locator('button[data-kind]').first().click();
    await explorer.settle();
    expect(await explorer.nodes()).toHaveLength(1 + neighbours);
    noErrors(explorer);
    await page.close();
  });

  it('exports the view as PNG (2×), SVG and the visible subgraph as JSON; lists shortcuts under "?"', async () => {
    const explorer = await open(`v=${FUXING},${CONSTRUCTION}&lang=en`);
    const { page } = explorer;
    const save = async (format: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`button[data-export=${format}]`).click()]);
      return readFileSync(await download.path());
    };
    const png = await save('png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // At 2× the image is at least twice as wide as the spread of node centres (model units),
    // plus a white margin of 80 px on each side for slides.
    const xs = (await explorer.nodes()).map((n) => n.position.x);
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(2 * (Math.max(...xs) - Math.min(...xs)) + 160);
    const svg = (await save('svg')).toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    for (const node of await explorer.nodes()) expect(svg).toContain(node.label);
    const json = JSON.parse((await save('json')).toString('utf8')) as { link: string; nodes: { id: string }[]; edges: unknown[] };
    expect(json.nodes.map((n) => n.id).sort()).toEqual(await explorer.ids());
    // A link that opens this view from anywhere, not a bare query string.
    expect(json.link).toBe(explorer.page.url());

    await page.locator('#cy').focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('kbd').count()).resolves.toBeGreaterThan(5);
    await screenshot(page, '10-shortcuts');
    await page.keyboard.press('Escape');
    noErrors(explorer);
    await page.close();
  });
});

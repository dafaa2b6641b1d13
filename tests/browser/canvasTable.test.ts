import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../client/src/dossier/escapeHtml.js';
import { escapeMarkdown } from '../../client/src/dossier/escapeMarkdown.js';
import { browserSuite } from '../helpers/browserSuite.js';
import { ARTIFACTS, hasChromium, screenshot } from '../helpers/chromium.js';
import type { ExplorerPage } from '../helpers/explorerPage.js';

const FUXING = 'project:fuxing-road-culture-technology-project';
const DOC = 'document:taibai-2023-pledges';

interface Node {
  id: string;
  kind: string;
  name: string;
  nameEn: string | null;
  bureauId?: string | null;
  sources: { documentId: string; start: number; quote: string }[];
}
interface Edge {
  id: string;
  source: string;
  target: string;
  sources: { documentId: string; start: number; quote: string }[];
}

if (!hasChromium) console.warn('Skipping the canvas-table browser tests: /usr/bin/chromium does not exist (Debian package chromium).');

describe.skipIf(!hasChromium)('the canvas table, its CSV, print and the dossier in Chromium', () => {
  const { api, open, noErrors } = browserSuite();
  /** Fuxing Road, what touches it, and the bureaus of the pledges among them: what the link opens. */
  let ids: string[];
  let nodes: Map<string, Node>;
  let text: string;

  const neighborhood = (of: string[]) =>
    api<{ neighborhood: { nodes: Node[]; edges: Edge[] } }>(
      `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1, limit: 2000) {
        nodes { id kind name nameEn sources { documentId start quote } ... on Pledge { bureauId } }
        edges { id source target sources { documentId start quote } } } }`,
      { ids: of },
    );
  const tableIds = (explorer: ExplorerPage, table: 'nodes' | 'edges') =>
    explorer.page.locator(`#canvas-table table[data-table=${table}] tbody tr[data-id]`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')!));
  const column = (explorer: ExplorerPage, table: 'nodes' | 'edges', name: string) =>
    explorer.page.locator(`#canvas-table table[data-table=${table}] tbody td[data-column=${name}]`).allTextContents();
  /** The relationships among the shown nodes, as the API knows them. */
  const edgesAmong = async (shown: string[]) => {
    const on = new Set(shown);
    return (await neighborhood(shown)).neighborhood.edges.filter((e) => on.has(e.source) && on.has(e.target)).map((e) => e.id);
  };
  const lineOf = (start: number) => text.slice(0, start).split('\n').length;

  beforeAll(async () => {
    const around = (await neighborhood([FUXING])).neighborhood.nodes;
    const bureaus = around.flatMap((n) => (n.bureauId ? [n.bureauId] : []));
    ids = [...new Set([...around.map((n) => n.id), ...bureaus])];
    nodes = new Map((await neighborhood(ids)).neighborhood.nodes.map((n) => [n.id, n]));
    text = (await api<{ document: { text: string } }>('query($id: ID!) { document(id: $id) { text } }', { id: DOC })).document.text;
    expect(bureaus.length).toBeGreaterThan(0);
  });

  it('shows the canvas as tables that follow the filters, sort by a heading, select by a row, and scroll within themselves', async () => {
    const explorer = await open(`v=${ids.join(',')}&lang=zh`);
    const { page } = explorer;
    // Keyboard: the toolbar's Table button, by Tab focus and Enter.
    await page.locator('#toolbar button[data-action=table]').focus();
    await page.keyboard.press('Enter');
    await explorer.settle();
    expect(explorer.query().get('table')).toBe('1');
    await expect(page.locator('#toolbar button[data-action=table]').getAttribute('aria-pressed')).resolves.toBe('true');

    // A kind filter: the bureaus go from the canvas, and from the table with them.
    await page.locator('#kinds button[data-kind=BUREAU]').click();
    await explorer.settle();
    const shown = (await explorer.nodes()).filter((n) => n.visible).map((n) => n.id);
    expect(shown.some((id) => nodes.get(id)?.kind === 'BUREAU')).toBe(false);
    expect(shown.length).toBeGreaterThan(0);
    expect((await tableIds(explorer, 'nodes')).sort()).toEqual(shown.sort());
    expect((await tableIds(explorer, 'edges')).sort()).toEqual((await edgesAmong(shown)).sort());
    // Names in the page's language, the other language beside them.
    const names = await column(explorer, 'nodes', 'name');
    expect(names.sort()).toEqual(shown.map((id) => nodes.get(id)!.name).sort());

    // Sorting by a heading: aria-sort says how, the rows follow (pinyin order), again reverses.
    const heading = page.locator('#canvas-table table[data-table=nodes] thead th').filter({ has: page.locator('button[data-column=name]') });
    const collator = new Intl.Collator('zh-u-co-pinyin', { numeric: true });
    await heading.locator('button').click();
    await expect(heading.getAttribute('aria-sort')).resolves.toBe('ascending');
    const up = await column(explorer, 'nodes', 'name');
    for (let i = 1; i < up.length; i++) expect(collator.compare(up[i - 1]!, up[i]!)).toBeLessThanOrEqual(0);
    await heading.locator('button').click();
    await expect(heading.getAttribute('aria-sort')).resolves.toBe('descending');
    expect(await column(explorer, 'nodes', 'name')).toEqual([...up].reverse());

    // The table scrolls in itself at 1280×720, under a heading row that stays.
    const box = (await page.locator('#canvas-table').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    const scrolls = await page.locator('#canvas-table').evaluate((el) => el.scrollHeight > el.clientHeight);
    expect(scrolls).toBe(true);
    await page.locator('#canvas-table').evaluate((el) => el.scrollTo(0, 200));
    const th = (await page.locator('#canvas-table table[data-table=nodes] thead th').first().boundingBox())!;
    expect(Math.abs(th.y - box.y)).toBeLessThan(2);
    await page.locator('#canvas-table').evaluate((el) => el.scrollTo(0, 0));
    await screenshot(page, 'table-01-1280x720');

    // A row selects, as a canvas click does: the link, the details and the article follow.
    const pledge = shown.find((id) => nodes.get(id)?.kind === 'PLEDGE')!;
    await page.locator(`#canvas-table tr[data-id="${pledge}"]`).click();
    await explorer.settle();
    expect(explorer.query().get('s')).toBe(pledge);
    await expect(page.locator('#details h3').textContent()).resolves.toBe(nodes.get(pledge)!.name);
    await expect(page.locator('#article mark.current').count()).resolves.toBeGreaterThan(0);
    expect((await explorer.nodes()).find((n) => n.id === pledge)!.selected).toBe(true);
    await expect(page.locator(`#canvas-table tr[data-id="${pledge}"]`).getAttribute('aria-current')).resolves.toBe('true');
    const edge = (await tableIds(explorer, 'edges'))[0]!;
    await page.locator(`#canvas-table tr[data-id="${edge}"]`).press('Enter');
    await explorer.settle();
    expect(explorer.query().get('s')).toBe(edge);

    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForTimeout(300);
    await screenshot(page, 'table-02-1920x1080');
    await page.setViewportSize({ width: 1280, height: 720 });
    noErrors(explorer);
    await page.close();
  });

  it('downloads the table as CSV: BOM, the table’s rows, Chinese intact', async () => {
    const explorer = await open(`v=${ids.join(',')}&lang=zh&table=1&hk=BUREAU`);
    const { page } = explorer;
    await expect(page.locator('#canvas-table').isVisible()).resolves.toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-export=csv]').click()]);
    expect(download.suggestedFilename()).toBe('pledge-graph-table.csv');
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse<Record<string, string>>(bytes.toString('utf8'), { bom: true, columns: true });
    const csvNodes = records.filter((r) => r.type === 'node');
    const csvEdges = records.filter((r) => r.type === 'edge');
    expect(csvNodes.map((r) => r.id)).toEqual(await tableIds(explorer, 'nodes'));
    expect(csvEdges.map((r) => r.id)).toEqual(await tableIds(explorer, 'edges'));
    // Cell for cell as the table shows them (the table unsorted: the canvas's order, as the CSV).
    for (const [name, cells] of [
      ['name', await column(explorer, 'nodes', 'name')],
      ['kind', await column(explorer, 'nodes', 'kind')],
      ['quote', await column(explorer, 'nodes', 'quote')],
    ] as const)
      expect(csvNodes.map((r) => r[name])).toEqual(cells);
    expect(csvEdges.map((r) => r.relation)).toEqual(await column(explorer, 'edges', 'relation'));
    // The Chinese names exactly as the API spells them.
    for (const r of csvNodes) expect(r.name).toBe(nodes.get(r.id!)!.name);
    expect(csvNodes.find((r) => r.id === FUXING)!.name).toMatch(/复兴之路/);
    noErrors(explorer);
    await page.close();
  });

  it('prints the table, the details and the shared matrix on A4: the chrome hidden; page.pdf renders them', async () => {
    const explorer = await open(`v=${ids.join(',')}&lang=zh&table=1`);
    const { page } = explorer;
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.top', '#toolbar', '.sidebar', '#cy', '#article']) await expect(page.locator(chrome).isHidden(), chrome).resolves.toBe(true);
    await expect(page.locator('#canvas-table table[data-table=nodes]').isVisible()).resolves.toBe(true);
    await expect(
      page
        .locator('#canvas-table thead')
        .first()
        .evaluate((el) => getComputedStyle(el).display),
    ).resolves.toBe('table-header-group');
    await screenshot(page, 'table-03-print-media');
    const file = path.join(ARTIFACTS, 'canvas-table.pdf');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    writeFileSync(file, pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    await page.emulateMedia({ media: 'screen' });
    noErrors(explorer);
    await page.close();

    // Without the table, the details of the selection print: the canvas has nothing for paper.
    const details = await open(`v=${ids.join(',')}&s=${FUXING}&lang=zh`);
    await details.page.emulateMedia({ media: 'print' });
    await expect(details.page.locator('#canvas').isHidden()).resolves.toBe(true);
    await expect(details.page.locator('#details h3').isVisible()).resolves.toBe(true);
    await expect(details.page.locator('#details .sources blockquote').first().isVisible()).resolves.toBe(true);
    writeFileSync(path.join(ARTIFACTS, 'details.pdf'), await details.page.pdf({ preferCSSPageSize: true }));
    noErrors(details);
    await details.page.close();

    // The shared-projects matrix prints the same way: its controls and the top bar left out.
    const shared = await open('view=shared&lang=zh');
    await shared.page.emulateMedia({ media: 'print' });
    for (const chrome of ['.top', '.shared-controls', '.sidebar']) await expect(shared.page.locator(chrome).isHidden(), chrome).resolves.toBe(true);
    await expect(shared.page.locator('.shared-table').isVisible()).resolves.toBe(true);
    await expect(shared.page.locator('.shared-table thead').evaluate((el) => getComputedStyle(el).display)).resolves.toBe('table-header-group');
    await screenshot(shared.page, 'table-05-shared-print-media');
    writeFileSync(path.join(ARTIFACTS, 'shared-matrix.pdf'), await shared.page.pdf({ preferCSSPageSize: true }));
    noErrors(shared);
    await shared.page.close();
  });

  it('writes the dossier of 复兴之路: its bureaus’ pledges with their quotes and line numbers, and a picture', async () => {
    const explorer = await open(`v=${ids.join(',')}&s=${FUXING}&lang=en`);
    const { page } = explorer;
    const save = async (format: 'md' | 'html') => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`button[data-dossier=${format}]`).click()]);
      const file = path.join(ARTIFACTS, `dossier-fuxing.${format}`);
      await download.saveAs(file);
      return readFileSync(file, 'utf8');
    };
    const md = await save('md');
    const html = await save('html');
    // The pledges on Fuxing Road, by the API: each with its bureau, its quotes and their lines.
    const pledges = [...nodes.values()].filter((n) => n.kind === 'PLEDGE' && ids.includes(n.id) && n.bureauId);
    const bureaus = new Set(pledges.map((p) => p.bureauId!));
    expect(bureaus.size).toBe(3);
    for (const p of pledges) {
      const bureau = nodes.get(p.bureauId!)!;
      expect(html).toContain(escapeHtml(`${bureau.nameEn ?? bureau.name}: ${p.nameEn ?? p.name}`));
      expect(md).toContain(`### ${escapeMarkdown(`${bureau.nameEn ?? bureau.name}: ${p.nameEn ?? p.name}`)}`);
      for (const s of p.sources.filter((s) => s.documentId === DOC)) {
        expect(html).toContain(`${escapeHtml(s.quote)}</td><td>line ${lineOf(s.start)}, paragraph`);
        expect(md).toContain(`| ${escapeMarkdown(s.quote)} | line ${lineOf(s.start)}, paragraph`);
      }
    }
    const fuxing = nodes.get(FUXING)!;
    expect(html).toContain(escapeHtml(`Evidence dossier: ${fuxing.name} / ${fuxing.nameEn}`));
    expect(html).toMatch(/<figure><svg [^>]*>/);
    expect(md).toMatch(/!\[[^\]]*\]\(data:image\/svg\+xml;base64,/);
    expect(html).toContain('verbatim from');
    // The page stands on its own: opened from the file, it shows the picture and the tables.
    const dossier = await explorer.page.context().newPage();
    await dossier.goto(`file://${path.join(ARTIFACTS, 'dossier-fuxing.html')}`);
    await expect(dossier.locator('figure svg').isVisible()).resolves.toBe(true);
    await expect(dossier.locator('section.pledge').count()).resolves.toBe(pledges.length);
    await screenshot(dossier, 'table-04-dossier-html');
    await dossier.emulateMedia({ media: 'print' });
    await expect(dossier.locator('button').isHidden()).resolves.toBe(true);
    writeFileSync(path.join(ARTIFACTS, 'dossier-fuxing.pdf'), await dossier.pdf({ preferCSSPageSize: true }));
    await dossier.close();
    noErrors(explorer);
    await page.close();
  });
});

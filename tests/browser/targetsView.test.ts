import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TargetsMapReadout } from '../../client/src/views/targetsMapView.js';
import { browserSuite } from '../helpers/browserSuite.js';
import { hasChromium, screenshot } from '../helpers/chromium.js';

interface Named {
  id: string;
  name: string;
  nameEn: string | null;
}
interface Side {
  bureau: Named;
  pledges: { id: string }[];
  stage: string | null;
  stageQuote: string | null;
  destinations: Named[];
  sources: { quote: string }[];
}
interface Target {
  enterprise: Named;
  byBureau: Side[];
}
interface Row extends Side {
  key: string;
  enterprise: Named;
}

const QUERY = `{ investmentTargets {
  enterprise { id name nameEn }
  byBureau { bureau { id name nameEn } pledges { id } stage stageQuote destinations { id name nameEn } sources { quote } }
} }`;
const STAGE_ORDER = ['SETTLED', 'COURTED', 'STUDIED', 'WATCHED', 'NONE'];

if (!hasChromium) console.warn('Skipping the investment-targets browser tests: /usr/bin/chromium does not exist (Debian package chromium).');

describe.skipIf(!hasChromium)('the investment-targets view in Chromium, on the article graph', () => {
  const { api, open, noErrors } = browserSuite();
  let targets: Target[];
  let rows: Row[];
  let zto: Target;

  // What the view must show is what the API says, never counts written here.
  const shownKeys = (page: Page) => page.locator('.targets-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')));
  const keysOf = (list: Row[]) => list.map((r) => r.key);
  const mapReadout = (page: Page) =>
    page.evaluate(() => (window as unknown as { pledgeGraph: { targetsMap(): TargetsMapReadout | null } }).pledgeGraph.targetsMap());

  beforeAll(async () => {
    targets = (await api<{ investmentTargets: Target[] }>(QUERY)).investmentTargets;
    rows = targets.flatMap((t) => t.byBureau.map((s) => ({ ...s, enterprise: t.enterprise, key: `${t.enterprise.id}|${s.bureau.id}` })));
    zto = targets.find((t) => t.enterprise.name.includes('中通'))!;
    // The article's settling: 中通物流入驻石桥.
    expect(zto.byBureau.some((s) => s.stage === 'SETTLED' && s.destinations.some((d) => d.name === '石桥'))).toBe(true);
    expect(new Set(rows.map((r) => r.stage ?? 'NONE')).size).toBeGreaterThan(1);
  });

  it('in Chinese at 1280×720: a row per byBureau entry, ZTO settled for 石桥, scrolling under sticky headings, a stage filter that survives a reload', async () => {
    const explorer = await open('view=targets&lang=zh');
    const { page } = explorer;
    await page.locator('.targets-table').waitFor();
    await expect(page.locator('#cy').isHidden()).resolves.toBe(true);
    await expect(page.locator('#targets-button').getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await shownKeys(page)).toEqual(keysOf(rows));
    await expect(page.locator('#targets-count').textContent()).resolves.toBe(`共 ${rows.length} 行，显示 ${rows.length} 行`);

    // ZTO: its Chinese name with the English beside, settled (the verb quoted), 石桥 among its destinations.
    const ztoRows = page.locator(`.targets-table tr[data-enterprise="${zto.enterprise.id}"]`);
    expect(await ztoRows.count()).toBe(zto.byBureau.length);
    const settled = page.locator(`.targets-table tr[data-enterprise="${zto.enterprise.id}"][data-stage="SETTLED"]`).first();
    await expect(settled.locator('.target-open').textContent()).resolves.toBe(zto.enterprise.name);
    if (zto.enterprise.nameEn) await expect(settled.locator('.tc-name .other').textContent()).resolves.toBe(zto.enterprise.nameEn);
    await expect(settled.locator('.stage-chip').textContent()).resolves.toBe('已落户');
    await expect(settled.locator('.tc-stage q').textContent()).resolves.toBeTruthy();
    expect(await settled.locator('.tc-destination .destination').allTextContents()).toContain('石桥');
    // A destination the API gives is never blank, and the names are the API's, in its order.
    for (const row of rows) {
      const names = await page.locator(`.targets-table tr[data-key="${row.key}"] .tc-destination .destination`).allTextContents();
      expect(names).toEqual(row.destinations.map((d) => d.name));
    }

    // The table scrolls inside its box at 1280×720, the headings staying at the top.
    const scroller = page.locator('.targets-scroll');
    const box = (await scroller.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    const head = page.locator('.targets-table thead th').first();
    const headY = (await head.boundingBox())!.y;
    expect(await scroller.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    expect((await head.boundingBox())!.y).toBeCloseTo(headY, 0);
    await scroller.evaluate((el) => el.scrollTo(0, 0));

    // Stage "settled": exactly the API's settled rows; the link keeps it through a reload.
    await page.locator('label[for="targets-stage-SETTLED"]').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('ts') === 'SETTLED');
    const settledRows = rows.filter((r) => r.stage === 'SETTLED');
    expect(await shownKeys(page)).toEqual(keysOf(settledRows));
    await expect(page.locator('#targets-count').textContent()).resolves.toBe(`共 ${rows.length} 行，显示 ${settledRows.length} 行`);
    await page.reload();
    await explorer.settle();
    await page.locator('.targets-table').waitFor();
    expect(await shownKeys(page)).toEqual(keysOf(settledRows));
    await expect(page.locator('#targets-stage-SETTLED').isChecked()).resolves.toBe(true);
    await page.locator('label[for="targets-stage-SETTLED"]').click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('ts'));
    expect(await shownKeys(page)).toEqual(keysOf(rows));
    noErrors(explorer);
    await page.close();
  });

  it('filters by text in either language, sorts by stage, and opens a row in the explorer with its company and bureau', async () => {
    const explorer = await open('view=targets&lang=en');
    const { page } = explorer;
    await page.locator('.targets-table').waitFor();
    // The text filter reads names in both languages, the destinations and the quote.
    const matches = (text: string) =>
      rows.filter((r) =>
        [r.enterprise, ...r.destinations]
          .flatMap((n) => [n.name, n.nameEn ?? ''])
          .concat(
            r.sources.map((s) => s.quote),
            r.stageQuote ?? '',
          )
          .some((field) => field.toLowerCase().includes(text.toLowerCase())),
      );
    for (const text of ['中通', zto.enterprise.nameEn ?? '中通', '石桥']) {
      await page.locator('#targets-text').fill(text);
      await page.waitForFunction((want) => new URL(location.href).searchParams.get('tq') === want, text);
      const expected = matches(text);
      expect(expected.length).toBeLessThan(rows.length);
      expect([...(await shownKeys(page))].sort()).toEqual(keysOf(expected).sort());
      expect(await shownKeys(page)).toEqual(expect.arrayContaining(zto.byBureau.map((s) => `${zto.enterprise.id}|${s.bureau.id}`)));
    }
    await page.locator('[data-action="clear-filters"]').click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('tq'));
    expect(await shownKeys(page)).toEqual(keysOf(rows));

    // Sorting by stage (a button in the heading, by keyboard): furthest first, rows without a stage last; again: reversed.
    const stageHead = page.locator('.targets-table th[data-column="stage"]');
    await stageHead.locator('button').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === 'stage');
    await expect(stageHead.getAttribute('aria-sort')).resolves.toBe('ascending');
    const ranks = async () =>
      (await page.locator('.targets-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-stage')!))).map((s) => STAGE_ORDER.indexOf(s));
    const up = await ranks();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(up).toHaveLength(rows.length);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '-stage');
    await expect(stageHead.getAttribute('aria-sort')).resolves.toBe('descending');
    const down = (await ranks()).filter((r) => r < STAGE_ORDER.indexOf('NONE'));
    expect(down).toEqual([...down].sort((a, b) => b - a));

    // ZTO's settled row: the explorer with ZTO selected, its bureau, their pledges and its destinations.
    const side = zto.byBureau.find((s) => s.stage === 'SETTLED')!;
    await page.locator(`.targets-table tr[data-key="${zto.enterprise.id}|${side.bureau.id}"] .target-open`).click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('view'));
    await explorer.settle();
    const expected = [...new Set([zto.enterprise.id, side.bureau.id, ...side.pledges.map((p) => p.id), ...side.destinations.map((d) => d.id)])].sort();
    expect(await explorer.ids()).toEqual(expected);
    expect((await explorer.nodes()).find((n) => n.id === zto.enterprise.id)?.selected).toBe(true);
    await expect(page.locator('#cy').isVisible()).resolves.toBe(true);
    await expect(page.locator('#targets').isHidden()).resolves.toBe(true);
    // And back through the top bar: the table as it was left, sorted.
    await page.locator('#targets-button').click();
    await page.locator('.targets-table').waitFor();
    expect(explorer.query().get('to')).toBe('-stage');
    noErrors(explorer);
    await page.close();
  });

  it('in map mode draws every destination as an area with its companies inside, none overlapping, bureaus at the edge; a company picked shows its rows', async () => {
    const explorer = await open('view=targets&lang=en&tm=map');
    const { page } = explorer;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForFunction(() => !!(window as unknown as { pledgeGraph: { targetsMap(): unknown } }).pledgeGraph.targetsMap());
    const map = (await mapReadout(page))!;
    const destinations = new Set(rows.flatMap((r) => r.destinations.map((d) => d.id)));
    expect(
      map.areas
        .filter((a) => !a.unplaced)
        .map((a) => a.id.replace('area|', ''))
        .sort(),
    ).toEqual([...destinations].sort());
    expect(map.areas.some((a) => a.unplaced)).toBe(targets.some((t) => t.byBureau.every((s) => !s.destinations.length)));
    expect(map.companies.map((c) => c.id).sort()).toEqual(targets.map((t) => t.enterprise.id).sort());
    expect(map.bureaus.map((b) => b.id).sort()).toEqual([...new Set(rows.map((r) => r.bureau.id))].sort());
    expect(map.edges.filter((e) => e.stage)).toHaveLength(rows.length);
    // Areas are discs: centre and radius from their boxes; companies inside their own, areas apart, bureaus outside all.
    const disc = (b: { x1: number; y1: number; x2: number; y2: number }) => ({ x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2, r: (b.x2 - b.x1) / 2 });
    const areas = new Map(map.areas.map((a) => [a.id, disc(a.box)]));
    for (const c of map.companies) {
      const a = areas.get(c.area)!;
      expect(Math.hypot(c.position.x - a.x, c.position.y - a.y)).toBeLessThan(a.r);
    }
    const list = [...areas.values()];
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++)
        expect(Math.hypot(list[i]!.x - list[j]!.x, list[i]!.y - list[j]!.y)).toBeGreaterThanOrEqual(list[i]!.r + list[j]!.r);
    for (const b of map.bureaus) for (const a of list) expect(Math.hypot(disc(b.box).x - a.x, disc(b.box).y - a.y)).toBeGreaterThan(a.r);
    await expect(page.locator('.targets-legend li').count()).resolves.toBe(STAGE_ORDER.length);

    // Click ZTO on the map: its rows beside the map, in the link; the table marks them.
    const at = map.companies.find((c) => c.id === zto.enterprise.id)!.rendered;
    const canvasBox = (await page.locator('.targets-cy').boundingBox())!;
    await page.mouse.click(canvasBox.x + at.x, canvasBox.y + at.y);
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('tp') === id, zto.enterprise.id);
    expect(await page.locator('.targets-picked li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-key')))).toEqual(
      zto.byBureau.map((s) => `${zto.enterprise.id}|${s.bureau.id}`),
    );
    await screenshot(page, 'targets-map-en-1920-picked');
    // The same pick from the keyboard: another company, and none again.
    const other = targets.find((t) => t !== zto)!;
    await page.locator('#targets-pick').selectOption(other.enterprise.id);
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('tp') === id, other.enterprise.id);
    await expect(page.locator('.targets-picked li').count()).resolves.toBe(other.byBureau.length);
    await page.locator('#targets-pick').selectOption(zto.enterprise.id);
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('tp') === id, zto.enterprise.id);
    await page.locator('label[for="targets-mode-table"]').click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('tm'));
    expect(await page.locator('.targets-table tr.picked').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-enterprise')))).toEqual(
      zto.byBureau.map(() => zto.enterprise.id),
    );
    noErrors(explorer);
    await page.close();
  });

  it('is reached from the top bar, and reads well in both languages at 1280×720 and 1920×1080, as a table and as a map', async () => {
    const explorer = await open('lang=en');
    const { page } = explorer;
    await page.locator('#targets-button').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('view') === 'targets');
    await page.locator('.targets-table').waitFor();
    await expect(page.locator('#targets-button').textContent()).resolves.toBe('Investment targets');
    await expect(page.locator('.targets-csv').getAttribute('href')).resolves.toBe('/export/investment-targets.csv');
    const csv = await page.request.get(await page.locator('.targets-csv').evaluate((a) => (a as HTMLAnchorElement).href));
    expect(csv.status()).toBe(200);
    for (const lang of ['zh', 'en'] as const) {
      if ((explorer.query().get('lang') ?? 'zh') !== lang) await page.locator('#lang-toggle').click();
      await page.waitForFunction((want) => new URL(location.href).searchParams.get('lang') === want, lang);
      for (const [width, height] of [
        [1280, 720],
        [1920, 1080],
      ] as const) {
        await page.setViewportSize({ width, height });
        for (const mode of ['table', 'map'] as const) {
          await page.locator(`label[for="targets-mode-${mode}"]`).click();
          await page
            .locator(mode === 'table' ? '.targets-table' : '.targets-cy canvas')
            .first()
            .waitFor();
          await page.waitForTimeout(150);
          await screenshot(page, `targets-${mode}-${lang}-${width}`);
        }
      }
    }
    await expect(page.locator('.targets-table thead th[data-column="stage"] button').textContent()).resolves.toContain('Stage');
    noErrors(explorer);
    await page.close();
  });
});

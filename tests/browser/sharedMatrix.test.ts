import { beforeAll, describe, expect, it } from 'vitest';
import { browserSuite } from '../helpers/browserSuite.js';
import { hasChromium, screenshot } from '../helpers/chromium.js';
import type { ExplorerPage } from '../helpers/explorerPage.js';

const FUXING = 'project:fuxing-road-culture-technology-project';

interface Shared {
  entity: { id: string; kind: string; name: string; nameEn: string | null };
  pledges: { id: string; bureauId: string }[];
}

if (!hasChromium) console.warn('Skipping the shared-projects browser tests: /usr/bin/chromium does not exist (Debian package chromium).');

describe.skipIf(!hasChromium)('the shared-projects matrix in Chromium, on the article graph', () => {
  const { api, open, noErrors } = browserSuite();
  let shared: Shared[];
  let bureauIds: string[];

  // What the matrix must show is what the API says, never numbers written here.
  const perBureau = (s: Shared) => {
    const counts = new Map<string, number>();
    for (const p of s.pledges) counts.set(p.bureauId, (counts.get(p.bureauId) ?? 0) + 1);
    return counts;
  };
  const columnsFor = (n: number) => shared.filter((s) => ['PROJECT', 'PLACE'].includes(s.entity.kind) && perBureau(s).size >= n).map((s) => s.entity.id);
  const shownColumns = (explorer: ExplorerPage) =>
    explorer.page.locator('.shared-table thead th.col').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-column')));
  const cellCount = (explorer: ExplorerPage, bureau: string, column: string) =>
    explorer.page.locator(`.shared-table tr[data-row="${bureau}"] td[data-column="${column}"]`).getAttribute('data-count');

  beforeAll(async () => {
    shared = (
      await api<{ sharedByBureaus: Shared[] }>(
        '{ sharedByBureaus(minBureaus: 1) { entity { id kind name nameEn } pledges { id ... on Pledge { bureauId } } } }',
      )
    ).sharedByBureaus;
    bureauIds = (await api<{ entities: { id: string }[] }>('{ entities(kinds: [BUREAU]) { id } }')).entities.map((b) => b.id);
    const fuxing = shared.find((s) => s.entity.id === FUXING)!;
    // The article's best-known sharing: three bureaus pledge on Fuxing Road.
    expect(perBureau(fuxing).size).toBe(3);
    expect(columnsFor(3).length).toBeLessThan(columnsFor(2).length);
  });

  it('shows 复兴之路 shared by 3 bureaus with each one’s pledges; N = 3 leaves fewer columns; a cell opens exactly that sharing', async () => {
    const explorer = await open('view=shared&lang=zh');
    const { page } = explorer;
    await page.locator('.shared-table').waitFor();
    await expect(page.locator('#cy').isHidden()).resolves.toBe(true);
    await expect(page.locator('#shared-button').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.locator('#shared-heading').textContent()).resolves.toBe('各部门共同涉及的项目和地点');

    // Columns: every project and place of two or more bureaus, most bureaus first, then most pledges.
    const columns = await shownColumns(explorer);
    expect([...columns].sort()).toEqual([...columnsFor(2)].sort());
    const order = columns.map((id) => {
      const counts = perBureau(shared.find((s) => s.entity.id === id)!);
      return [counts.size, [...counts.values()].reduce((a, b) => a + b, 0)] as const;
    });
    for (let i = 1; i < order.length; i++) {
      const [b0, p0] = order[i - 1]!;
      const [b1, p1] = order[i]!;
      expect(b0 > b1 || (b0 === b1 && p0 >= p1)).toBe(true);
    }

    // 复兴之路: its name in Chinese, English on hover, and each bureau's pledges on it.
    const fuxing = shared.find((s) => s.entity.id === FUXING)!;
    const heading = page.locator(`.shared-table th.col[data-column="${FUXING}"] button`);
    await expect(heading.locator('.col-name').textContent()).resolves.toBe(fuxing.entity.name);
    await expect(heading.getAttribute('title')).resolves.toBe(fuxing.entity.nameEn);
    await expect(heading.locator('.col-counts').textContent()).resolves.toBe(`3 个部门 · ${fuxing.pledges.length} 项承诺`);
    const counts = perBureau(fuxing);
    expect(await page.locator('.shared-table tbody tr').count()).toBe(bureauIds.length);
    for (const bureau of bureauIds) expect(await cellCount(explorer, bureau, FUXING)).toBe(String(counts.get(bureau) ?? 0));

    await screenshot(page, '17-shared-zh-1280');

    // Readable at 1280×720 with N = 1 (every project and place, far wider than the window): the
    // matrix scrolls inside its box, under headings that stay put.
    await page.locator('label[for="shared-mb-1"]').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('mb') === '1');
    expect([...(await shownColumns(explorer))].sort()).toEqual([...columnsFor(1)].sort());
    const scroller = page.locator('.shared-scroll');
    const box = (await scroller.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const corner = (await page.locator('.shared-table th.corner').boundingBox())!;
    const rowHead = page.locator('.shared-table tbody th.bureau').first();
    const rowX = (await rowHead.boundingBox())!.x;
    const lastColumn = page.locator('.shared-table thead th.col').last();
    await scroller.evaluate((el) => el.scrollTo(el.scrollWidth, 0));
    expect((await rowHead.boundingBox())!.x).toBeCloseTo(rowX, 0);
    expect((await lastColumn.boundingBox())!.x + 10).toBeLessThan(box.x + box.width);
    await screenshot(page, '17b-shared-zh-1280-n1-scrolled');
    // Lower than the rows need: the column headings stay at the top as the rows scroll under them.
    await page.setViewportSize({ width: 1280, height: 380 });
    expect(await scroller.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    expect((await lastColumn.boundingBox())!.y).toBeCloseTo(corner.y, 0);
    expect((await page.locator('.shared-table th.corner').boundingBox())!.x).toBeCloseTo(corner.x, 0);
    await page.setViewportSize({ width: 1280, height: 720 });
    await scroller.evaluate((el) => el.scrollTo(0, 0));

    // N = 3: fewer columns, Fuxing Road still among them; the link says so.
    await page.locator('label[for="shared-mb-3"]').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('mb') === '3');
    expect([...(await shownColumns(explorer))].sort()).toEqual([...columnsFor(3)].sort());
    expect((await shownColumns(explorer)).length).toBeLessThan(columns.length);

    // A cell of Fuxing Road: the explorer with exactly those bureaus, their pledges on it and the project.
    const bureau = [...counts.keys()][0]!;
    await page.locator(`.shared-table tr[data-row="${bureau}"] td[data-column="${FUXING}"] button`).click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('view'));
    await explorer.settle();
    const expected = [FUXING, ...counts.keys(), ...fuxing.pledges.map((p) => p.id)].sort();
    expect(await explorer.ids()).toEqual(expected);
    const nodes = await explorer.nodes();
    expect(nodes.every((n) => n.visible)).toBe(true);
    expect(nodes.find((n) => n.id === FUXING)?.selected).toBe(true);
    expect(explorer.query().get('layout')).toBe('breadthfirst');
    await expect(page.locator('#cy').isVisible()).resolves.toBe(true);
    await expect(page.locator('#shared').isHidden()).resolves.toBe(true);
    // Laid out as a tree from the project: it sits above its pledges, the pledges above their bureaus.
    const y = (id: string) => nodes.find((n) => n.id === id)!.position.y;
    for (const p of fuxing.pledges) expect(y(FUXING)).toBeLessThan(y(p.id));
    for (const b of counts.keys()) for (const p of fuxing.pledges) expect(y(p.id)).toBeLessThan(y(b));

    // And back: the matrix as it was left (N = 3).
    await page.locator('#shared-button').click();
    await page.locator('.shared-table').waitFor();
    expect(explorer.query().get('view')).toBe('shared');
    await expect(page.locator('#shared-mb-3').isChecked()).resolves.toBe(true);
    noErrors(explorer);
    await page.close();
  });

  it('in English at 1920×1080: hides and shows again rows and columns, and opens a column with the keyboard', async () => {
    const explorer = await open('view=shared&lang=en&mb=1');
    const { page } = explorer;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.locator('.shared-table').waitFor();
    expect([...(await shownColumns(explorer))].sort()).toEqual([...columnsFor(1)].sort());
    const fuxing = shared.find((s) => s.entity.id === FUXING)!;
    const heading = page.locator(`.shared-table th.col[data-column="${FUXING}"] button`);
    await expect(heading.locator('.col-name').textContent()).resolves.toBe(fuxing.entity.nameEn);
    await expect(heading.getAttribute('title')).resolves.toBe(fuxing.entity.name);
    await page.locator('label[for="shared-mb-2"]').click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('mb'));
    await screenshot(page, '18-shared-en-1920');

    // Hide a bureau and Fuxing Road; both are listed, and come back from the list.
    const counts = perBureau(fuxing);
    const hiddenBureau = [...counts.keys()][0]!;
    await page.locator('.shared-hide summary').click();
    await page.locator(`input[type=checkbox][data-id="${hiddenBureau}"]`).uncheck();
    await page.locator(`input[type=checkbox][data-id="${FUXING}"]`).uncheck();
    expect(await page.locator(`.shared-table tr[data-row="${hiddenBureau}"]`).count()).toBe(0);
    expect(await shownColumns(explorer)).not.toContain(FUXING);
    expect(await page.locator('.shared-hidden [data-show]').evaluateAll((b) => b.map((x) => x.getAttribute('data-show')))).toEqual([hiddenBureau, FUXING]);
    await page.locator(`.shared-hidden [data-show="${FUXING}"]`).click();
    expect(await shownColumns(explorer)).toContain(FUXING);

    // With the keyboard: to Fuxing Road's heading, Enter opens it without the hidden bureau.
    await heading.focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('td')?.getAttribute('data-column'))).toBe(FUXING);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('view'));
    await explorer.settle();
    const kept = [...counts.keys()].filter((b) => b !== hiddenBureau);
    const expected = [FUXING, ...kept, ...fuxing.pledges.filter((p) => p.bureauId !== hiddenBureau).map((p) => p.id)].sort();
    expect(await explorer.ids()).toEqual(expected);
    await screenshot(page, '19-shared-opened-en-1920');
    noErrors(explorer);
    await page.close();
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { relationLook } from '../../client/src/graph/relationLook.js';
import type { EdgeLook, LabelReadout } from '../../client/src/views/graphView.js';
import { browserSuite } from '../helpers/browserSuite.js';
import { hasChromium, screenshot } from '../helpers/chromium.js';
import { searchAndChoose, type ExplorerPage } from '../helpers/explorerPage.js';

interface Readout {
  zoom: number;
  pan: { x: number; y: number };
  labels: LabelReadout[];
  badges: LabelReadout[];
  edges: EdgeLook[];
  idleMs: number;
}

const MIN_PX = 11;

const read = (page: Page) => page.evaluate(() => (window as unknown as { pledgeGraph: { labels(): Readout } }).pledgeGraph.labels());
// Drawn as Cytoscape draws: a visible element with a non-empty label at some opacity.
const drawn = (r: Readout) => r.labels.filter((l) => l.visible && l.text !== '' && l.textOpacity > 0);
const px = (l: LabelReadout, zoom: number) => l.fontSize * zoom;

/** Pairs of drawn labels whose boxes share more than half a CSS pixel each way. */
function overlapping(r: Readout): string[] {
  const boxes = drawn(r);
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!.box;
      const b = boxes[j]!.box;
      const w = (Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) * r.zoom;
      const h = (Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1)) * r.zoom;
      if (w > 0.5 && h > 0.5) pairs.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
    }
  return pairs;
}

/**
 * Node bodies (and "+N more" badges) drawn over a drawn node label: a body sharing more than half
 * a CSS pixel each way with another node's label box, at the same or a higher z-index (the same draws in element order,
 * so it may come after). A name may sit over a node only if it is drawn above it.
 */
function buried(r: Readout): string[] {
  const labels = drawn(r).filter((l) => l.group === 'nodes');
  const bodies = [...r.labels, ...r.badges].filter((l) => l.body && l.visible);
  const found: string[] = [];
  for (const l of labels)
    for (const b of bodies) {
      if (b.id === l.id) continue;
      const w = (Math.min(l.box.x2, b.body!.x2) - Math.max(l.box.x1, b.body!.x1)) * r.zoom;
      const h = (Math.min(l.box.y2, b.body!.y2) - Math.max(l.box.y1, b.body!.y1)) * r.zoom;
      if (w > 0.5 && h > 0.5 && b.zIndex >= l.zIndex) found.push(`${b.id} (z ${b.zIndex}) over the label of ${l.id} (z ${l.zIndex})`);
    }
  return found;
}

/** "+N more" badges whose number is drawn below 11 px on screen. */
const smallBadges = (r: Readout) =>
  r.badges.filter((b) => b.visible && b.text !== '' && px(b, r.zoom) < MIN_PX).map((b) => `${b.id} at ${px(b, r.zoom).toFixed(1)} px`);

/** Drawn labels that the canvas's edge cuts: their box, on screen, leaves the canvas. */
async function offCanvas(page: Page, r: Readout): Promise<string[]> {
  const frame = (await page.locator('#cy').boundingBox())!;
  return drawn(r)
    .filter(
      (l) =>
        l.box.x1 * r.zoom + r.pan.x < -0.5 ||
        l.box.y1 * r.zoom + r.pan.y < -0.5 ||
        l.box.x2 * r.zoom + r.pan.x > frame.width + 0.5 ||
        l.box.y2 * r.zoom + r.pan.y > frame.height + 0.5,
    )
    .map((l) => l.id);
}

/** A node's centre on the page, from the model position, the camera and the canvas's place. */
async function onPage(explorer: ExplorerPage, id: string): Promise<{ x: number; y: number }> {
  const r = await read(explorer.page);
  const node = (await explorer.nodes()).find((n) => n.id === id)!;
  const frame = (await explorer.page.locator('#cy').boundingBox())!;
  return { x: frame.x + node.position.x * r.zoom + r.pan.x, y: frame.y + node.position.y * r.zoom + r.pan.y };
}

/**
 * Labels not drawn whole, read from the canvas's pixels inside each label's box: nothing drawn, or
 * ink ending well above the box's bottom (its last lines or lower half cut away) — what a label
 * drawn from a texture made for a shorter box looks like (drawLabelsDirectly.ts). Ink at both
 * ends of the box is not judged: a Latin line as wide as its label has glyphs touching both ends
 * (no side bearing), and a node's border can reach into the end column of a label beside it.
 */
async function cropped(page: Page, r: Readout, labels: LabelReadout[]): Promise<string[]> {
  const boxes = labels.map((l) => ({
    id: l.id,
    fontPx: l.fontSize * r.zoom,
    x1: l.box.x1 * r.zoom + r.pan.x,
    x2: l.box.x2 * r.zoom + r.pan.x,
    y1: l.box.y1 * r.zoom + r.pan.y,
    y2: l.box.y2 * r.zoom + r.pan.y,
  }));
  return page.evaluate((boxes) => {
    const canvas = document.querySelector<HTMLCanvasElement>('#cy canvas[data-id="layer2-node"]')!;
    const scale = canvas.width / canvas.clientWidth;
    const g = canvas.getContext('2d')!;
    const bad: string[] = [];
    for (const b of boxes) {
      const x = Math.round(b.x1 * scale);
      const w = Math.round((b.x2 - b.x1) * scale);
      const y = Math.round(b.y1 * scale);
      const h = Math.max(1, Math.round((b.y2 - b.y1) * scale));
      const { data } = g.getImageData(x, y, w, h);
      const ink = (col: number, row: number) => {
        const i = (row * w + col) * 4;
        return data[i + 3]! > 200 && data[i]! < 110 && data[i + 1]! < 110 && data[i + 2]! < 120;
      };
      const rows = Array.from({ length: h }, (_, row) => row);
      const inkedRows = rows.filter((row) => Array.from({ length: w }, (_, col) => col).some((col) => ink(col, row)));
      if (inkedRows.length === 0) bad.push(`${b.id}: nothing drawn`);
      // The last line's glyphs end within about 0.7 of a line of the box's bottom (descent, line
      // spacing, padding); a label drawn from a texture made for a shorter box stops a line or
      // more above it.
      else if (inkedRows.at(-1)! < h - (b.fontPx + 3) * scale) bad.push(`${b.id}: ink stops at row ${inkedRows.at(-1)} of ${h} (lower part cut)`);
    }
    return bad;
  }, boxes);
}

// Labels are worked out on the frame after a zoom or layout, the fit animates for 300 ms, and
// Cytoscape draws label textures over the frames after that: read once it has drawn nothing for
// half a second (a picture read sooner can be half drawn; under load that took seconds).
async function settled(explorer: ExplorerPage): Promise<Readout> {
  await explorer.settle();
  await explorer.page.waitForTimeout(600);
  await explorer.page.waitForFunction(() => (window as unknown as { pledgeGraph: { labels(): Readout } }).pledgeGraph.labels().idleMs > 500, undefined, {
    timeout: 20_000,
    polling: 100,
  });
  return read(explorer.page);
}

if (!hasChromium) console.warn('Skipping the readability browser tests: /usr/bin/chromium does not exist (Debian package chromium).');

describe.skipIf(!hasChromium)('readable at 1280×720, relations told apart', () => {
  const { api, open, noErrors } = browserSuite();

  it('first screen: every label drawn is 11 px or more (badges too), the bureaus are named, nothing overlaps or is drawn over a name; hover names a node in both languages', async () => {
    const explorer = await open('');
    const { page } = explorer;
    const r = await settled(explorer);
    const shown = drawn(r);
    const sizes = shown.map((l) => px(l, r.zoom));
    console.log(`first screen: zoom ${r.zoom.toFixed(3)}, ${shown.length} of ${r.labels.length} labels drawn, smallest ${Math.min(...sizes).toFixed(1)} px`);
    for (const l of shown) expect(px(l, r.zoom), `${l.id} at ${px(l, r.zoom)} px`).toBeGreaterThanOrEqual(MIN_PX);
    const bureaus = r.labels.filter((l) => l.kind === 'BUREAU');
    expect(bureaus).toHaveLength(5);
    // The first screen's answer: who pledged (the bureaus) and what they share (projects, places).
    const answer = r.labels.filter((l) => ['BUREAU', 'PROJECT', 'PLACE'].includes(l.kind));
    expect(answer.length).toBeGreaterThan(bureaus.length);
    for (const a of answer)
      expect(
        shown.map((l) => l.id),
        `${a.id} is named`,
      ).toContain(a.id);
    // Pictured before the checks, so that a failure can be looked at.
    await screenshot(page, 'readability-01-first-screen');
    expect(overlapping(r)).toEqual([]);
    // No node drawn over a name, and the "+N more" badges read at 11 px too.
    expect(buried(r)).toEqual([]);
    expect(smallBadges(r)).toEqual([]);
    // Nothing drawn runs off the canvas's edge.
    await expect(offCanvas(page, r)).resolves.toEqual([]);
    // Drawn whole: no name is blank or cut off across.
    await expect(cropped(page, r, shown)).resolves.toEqual([]);

    // Hover: the full name in both languages.
    const bureau = bureaus[0]!.id;
    const { entity } = await api<{ entity: { name: string; nameEn: string } }>('query($id: ID!) { entity(id: $id) { name nameEn } }', { id: bureau });
    const at = await onPage(explorer, bureau);
    await page.mouse.move(at.x, at.y);
    const tooltip = page.locator('#node-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    await expect(tooltip.textContent()).resolves.toBe(`${entity.name}${entity.nameEn}`);
    await expect(tooltip.locator('span').allTextContents()).resolves.toEqual([entity.name, entity.nameEn]);
    await page.mouse.move(2, 2);
    await tooltip.waitFor({ state: 'hidden' });
    noErrors(explorer);
    await page.close();
  });

  it('in English, wrapped names are drawn whole: on the first screen and around an opened project', async () => {
    const explorer = await open('lang=en');
    const { page } = explorer;
    // Pictured before the checks, so that a failure can be looked at.
    const check = async (when: string, picture: string) => {
      const r = await settled(explorer);
      await screenshot(page, picture);
      const shown = drawn(r);
      console.log(`English, ${when}: zoom ${r.zoom.toFixed(3)}, ${shown.length} labels drawn`);
      expect(shown.length).toBeGreaterThan(5);
      expect(overlapping(r)).toEqual([]);
      // An opened node is zoomed to, so some of the graph lies beyond the canvas: those are not judged.
      const outside = new Set(await offCanvas(page, r));
      await expect(
        cropped(
          page,
          r,
          shown.filter((l) => !outside.has(l.id)),
        ),
      ).resolves.toEqual([]);
    };
    await check('first screen', 'readability-04-english-first-screen');
    await searchAndChoose(explorer, 'fuxing road', 'project:fuxing-road-culture-technology-project');
    await check('opened project', 'readability-05-english-opened-project');
    noErrors(explorer);
    await page.close();
  });

  it('each relation type has its own line; the legend shows it and filters it; edge labels show when zoomed in', async () => {
    const explorer = await open('');
    const { page } = explorer;
    const r = await settled(explorer);
    const made = r.edges.find((e) => e.type === 'MADE')!;
    const concerns = r.edges.find((e) => e.type === 'CONCERNS')!;
    expect(made && concerns).toBeTruthy();
    const look = (e: EdgeLook) => `${e.lineStyle} ${e.arrow} ${e.lineColor} ${e.width}`;
    expect(look(made)).not.toBe(look(concerns));
    // Not by colour alone.
    expect(`${made.lineStyle} ${made.arrow}`).not.toBe(`${concerns.lineStyle} ${concerns.arrow}`);
    // Edges of one type all look the same.
    expect(new Set(r.edges.filter((e) => e.type === 'MADE').map(look)).size).toBe(1);

    // The legend: a sample of each line, and the entry filters its edges.
    const entry = page.locator('#relations button[data-relation="MADE"]');
    await expect(entry.locator('svg.relation-glyph line').count()).resolves.toBe(1);
    await expect(entry.locator('svg.relation-glyph line').getAttribute('stroke')).resolves.toBe(relationLook('MADE').color);
    await entry.click();
    await expect(entry.getAttribute('aria-pressed')).resolves.toBe('false');
    const filtered = await settled(explorer);
    const visible = (x: Readout, type: string) => x.labels.filter((l) => l.group === 'edges' && l.kind === type && l.visible).length;
    expect(visible(filtered, 'MADE')).toBe(0);
    expect(visible(filtered, 'CONCERNS')).toBeGreaterThan(0);
    await entry.click();
    const back = await settled(explorer);
    expect(visible(back, 'MADE')).toBe(r.edges.filter((e) => e.type === 'MADE').length);

    // Edge labels: hidden at the fitted zoom (below 1), drawn once zoomed in, and never below 11 px.
    if (r.zoom < 1) expect(drawn(r).filter((l) => l.group === 'edges')).toEqual([]);
    const frame = (await page.locator('#cy').boundingBox())!;
    await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
    for (let i = 0; i < 40 && (await read(page)).zoom < 1.05; i++) {
      await page.mouse.wheel(0, -200);
      await page.waitForTimeout(50);
    }
    const zoomed = await settled(explorer);
    expect(zoomed.zoom).toBeGreaterThanOrEqual(1);
    const edgeLabels = drawn(zoomed).filter((l) => l.group === 'edges');
    expect(edgeLabels.length).toBeGreaterThan(0);
    for (const l of drawn(zoomed)) expect(px(l, zoomed.zoom)).toBeGreaterThanOrEqual(MIN_PX);
    expect(overlapping(zoomed)).toEqual([]);
    await screenshot(page, 'readability-03-zoomed-in-edge-labels');
    noErrors(explorer);
    await page.close();
  });

  it('after expanding 4 nodes no two labels drawn overlap, no node is drawn over a name, none is below 11 px (badges too), and the bureaus stay named', async () => {
    const explorer = await open('');
    const { page } = explorer;
    const first = await settled(explorer);
    const bureaus = first.labels
      .filter((l) => l.kind === 'BUREAU')
      .map((l) => l.id)
      .sort();
    for (const id of bureaus.slice(0, 4)) {
      const at = await onPage(explorer, id);
      await page.mouse.dblclick(at.x, at.y);
      await settled(explorer);
    }
    // Away from every node, so that no hover changes what is drawn.
    await page.mouse.move(2, 2);
    const r = await settled(explorer);
    const shown = drawn(r);
    const sizes = shown.map((l) => px(l, r.zoom));
    const pairs = overlapping(r);
    console.log(
      `after 4 expansions: ${r.labels.filter((l) => l.group === 'nodes').length} nodes, zoom ${r.zoom.toFixed(3)}, ${shown.length} labels drawn, smallest ${Math.min(...sizes).toFixed(1)} px, ${pairs.length} overlapping pairs`,
    );
    expect(r.labels.filter((l) => l.group === 'nodes').length).toBeGreaterThan(first.labels.filter((l) => l.group === 'nodes').length);
    expect(pairs).toEqual([]);
    expect(buried(r)).toEqual([]);
    // Expanded bureaus leave neighbours out ("+N more"): their numbers are read at 11 px too.
    expect(r.badges.length).toBeGreaterThan(0);
    expect(smallBadges(r)).toEqual([]);
    for (const l of shown) expect(px(l, r.zoom), `${l.id} at ${px(l, r.zoom)} px`).toBeGreaterThanOrEqual(MIN_PX);
    for (const b of bureaus)
      expect(
        shown.map((l) => l.id),
        `${b} is named`,
      ).toContain(b);
    await expect(cropped(page, r, shown)).resolves.toEqual([]);
    await screenshot(page, 'readability-02-after-4-expansions');
    noErrors(explorer);
    await page.close();
  });
});

import { describe, expect, it } from 'vitest';
import { hideOverlaps, overlaps } from '../../../client/src/graph/hideOverlaps.js';
import { labelFont, labelTier, LABEL_TIERS, MIN_LABEL_PX } from '../../../client/src/graph/labelPlan.js';

const box = (x: number, y: number, w = 40, h = 12) => ({ x1: x, y1: y, x2: x + w, y2: y + h });

describe('hiding overlapping labels', () => {
  it('keeps the higher-priority label of an overlapping pair', () => {
    const hidden = hideOverlaps([
      { id: 'pledge', priority: 3, box: box(0, 0) },
      { id: 'bureau', priority: 0, box: box(20, 5) },
    ]);
    expect([...hidden]).toEqual(['pledge']);
  });

  it('no two kept labels overlap, whatever the pile', () => {
    const labels = Array.from({ length: 60 }, (_, i) => ({ id: `n${i}`, priority: i % 4, box: box((i * 37) % 200, (i * 23) % 90) }));
    const hidden = hideOverlaps(labels);
    const kept = labels.filter((l) => !hidden.has(l.id));
    expect(kept.length).toBeGreaterThan(5);
    for (const a of kept) for (const b of kept) if (a !== b) expect(overlaps(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
    // Every hidden label overlaps a kept one of the same or higher priority: nothing hidden for nothing.
    for (const h of labels.filter((l) => hidden.has(l.id))) expect(kept.some((k) => k.priority <= h.priority && overlaps(k.box, h.box))).toBe(true);
  });

  it('ties go to the first given, labels that only touch both stay, empty boxes are ignored', () => {
    expect([
      ...hideOverlaps([
        { id: 'a', priority: 1, box: box(0, 0) },
        { id: 'b', priority: 1, box: box(10, 0) },
      ]),
    ]).toEqual(['b']);
    expect(
      hideOverlaps([
        { id: 'a', priority: 1, box: box(0, 0) },
        { id: 'b', priority: 1, box: box(40, 0) },
      ]).size,
    ).toBe(0);
    expect(
      hideOverlaps([
        { id: 'a', priority: 1, box: box(0, 0) },
        { id: 'b', priority: 0, box: { x1: 5, y1: 5, x2: 5, y2: 5 } },
      ]).size,
    ).toBe(0);
  });
});

describe('label sizes for a zoom', () => {
  it('never draws a label below the minimum: it keeps its size on screen, or hides', () => {
    for (const tier of Object.values(LABEL_TIERS))
      for (let zoom = 0.1; zoom <= 4; zoom += 0.05) {
        const font = labelFont(tier, zoom);
        if (font !== null) expect(font * zoom).toBeGreaterThanOrEqual(MIN_LABEL_PX);
      }
  });

  it('hides the rest first, then projects and places; bureaus never', () => {
    const shownAt = (kind: string, zoom: number) => labelFont(labelTier(kind), zoom) !== null;
    expect(shownAt('BUREAU', 0.1)).toBe(true);
    expect(shownAt('PROJECT', 0.4)).toBe(true);
    expect(shownAt('PLEDGE', 0.4)).toBe(false);
    expect(shownAt('PROJECT', 0.2)).toBe(false);
    expect(shownAt('EDGE', 0.9)).toBe(false);
    expect(shownAt('EDGE', 1)).toBe(true);
    // Hovered or selected: shown at any zoom, readable.
    expect(labelFont(labelTier('EDGE'), 0.3, true)! * 0.3).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    // Zoomed in, a label is its natural size.
    expect(labelFont(labelTier('PLEDGE'), 2)).toBe(labelTier('PLEDGE').font);
  });
});

import { describe, expect, it } from 'vitest';
import { badgeData, badgePosition } from '../../../client/src/graph/badges.js';

describe('"+N more" badges', () => {
  it('say how many neighbours are left and widen with the number', () => {
    expect(badgeData(7).label).toBe('+7');
    expect(badgeData(128).label).toBe('+128');
    expect(badgeData(128).width).toBeGreaterThan(badgeData(7).width);
  });

  it('sit off the owner’s top-right corner', () => {
    const at = badgePosition({ x: 100, y: 100 }, 40, 40);
    expect(at.x).toBeGreaterThan(120);
    expect(at.y).toBeLessThan(80);
  });

  it('keep their number at 11 px or more on screen at any zoom, growing in the model as the view zooms out', () => {
    for (const zoom of [0.2, 0.55, 1, 2]) expect(badgeData(12, zoom).font * zoom).toBeGreaterThanOrEqual(11);
    expect(badgeData(12, 0.5).width).toBeGreaterThan(badgeData(12, 1).width);
    expect(badgeData(12, 2)).toEqual(badgeData(12, 1));
  });

  it('keep their gap to the owner in proportion to their size', () => {
    const near = badgePosition({ x: 0, y: 0 }, 40, 40, 11);
    const far = badgePosition({ x: 0, y: 0 }, 40, 40, 22);
    expect(far.x - near.x).toBeCloseTo(10);
    expect(near.y - far.y).toBeCloseTo(4);
  });
});

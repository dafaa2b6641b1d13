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
});

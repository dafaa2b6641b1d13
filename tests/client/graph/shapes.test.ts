import { describe, expect, it } from 'vitest';
import { KIND_LOOK } from '../../../client/src/graph/kinds.js';
import { shapePolygon } from '../../../client/src/graph/shapes.js';

describe('shape outlines (legend and SVG export)', () => {
  it('draws the vee as Cytoscape does: a chevron pointing down, notched a third of the way in', () => {
    expect(shapePolygon('vee', 30, 30)).toEqual([
      [-15, -15],
      [0, -5],
      [15, -15],
      [0, 15],
    ]);
  });

  it('keeps every kind’s outline inside its box', () => {
    for (const { shape } of Object.values(KIND_LOOK)) {
      for (const [x, y] of shapePolygon(shape, 40, 20) ?? []) {
        expect(Math.abs(x), shape).toBeLessThanOrEqual(20);
        expect(Math.abs(y), shape).toBeLessThanOrEqual(10);
      }
    }
  });
});

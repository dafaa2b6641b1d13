import { describe, expect, it } from 'vitest';
import { fitViewport } from '../../../client/src/graph/fitViewport.js';

const size = { width: 800, height: 600 };

describe('fitting the drawn boxes', () => {
  it('shows every box inside the padding, centred', () => {
    const boxes = [
      { x1: -100, y1: -50, x2: 0, y2: 0 },
      { x1: 200, y1: 100, x2: 300, y2: 150 },
    ];
    const view = fitViewport(boxes, size, 40, 4)!;
    const screen = (x: number, y: number) => ({ x: x * view.zoom + view.pan.x, y: y * view.zoom + view.pan.y });
    const tl = screen(-100, -50);
    const br = screen(300, 150);
    expect(Math.min(tl.x, tl.y)).toBeGreaterThanOrEqual(40 - 1e-9);
    expect(br.x).toBeLessThanOrEqual(760 + 1e-9);
    expect(br.y).toBeLessThanOrEqual(560 + 1e-9);
    // As big as it can be: the wider axis touches the padding (400 × 200 in 720 × 520).
    expect(tl.x).toBeCloseTo(40);
    expect(view.zoom).toBeCloseTo(720 / 400);
    expect((tl.x + br.x) / 2).toBeCloseTo(400);
    expect((tl.y + br.y) / 2).toBeCloseTo(300);
  });

  it('never closer than the cap, nor than `atMost`; nothing to fit gives null', () => {
    const one = [{ x1: 0, y1: 0, x2: 10, y2: 10 }];
    expect(fitViewport(one, size, 40, 1.4)!.zoom).toBe(1.4);
    expect(fitViewport(one, size, 40, 1.4, 0.7)!.zoom).toBe(0.7);
    expect(fitViewport([], size, 40, 1.4)).toBeNull();
  });
});

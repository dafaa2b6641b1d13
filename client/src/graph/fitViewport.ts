import type { Box } from './hideOverlaps.js';

/**
 * The camera that shows all of `boxes` (model coordinates) in a canvas of `size` CSS px with
 * `padding` on every side, centred, never closer than `maxZoom`: Cytoscape's fit, but on the boxes
 * the canvas will actually draw (node bodies and the labels kept), not on every label at full size.
 * `atMost`: a zoom not to exceed either (a later round of a fit may only zoom out).
 */
export function fitViewport(
  boxes: readonly Box[],
  size: { width: number; height: number },
  padding: number,
  maxZoom: number,
  atMost = Infinity,
): { zoom: number; pan: { x: number; y: number } } | null {
  const real = boxes.filter((b) => b.x2 >= b.x1 && b.y2 >= b.y1 && [b.x1, b.x2, b.y1, b.y2].every(Number.isFinite));
  if (!real.length) return null;
  const x1 = Math.min(...real.map((b) => b.x1));
  const y1 = Math.min(...real.map((b) => b.y1));
  const x2 = Math.max(...real.map((b) => b.x2));
  const y2 = Math.max(...real.map((b) => b.y2));
  const room = { w: Math.max(1, size.width - 2 * padding), h: Math.max(1, size.height - 2 * padding) };
  const zoom = Math.min(room.w / Math.max(x2 - x1, 1), room.h / Math.max(y2 - y1, 1), maxZoom, atMost);
  return { zoom, pan: { x: size.width / 2 - zoom * ((x1 + x2) / 2), y: size.height / 2 - zoom * ((y1 + y2) / 2) } };
}

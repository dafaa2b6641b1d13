import type { NodeShape } from './kinds.js';

/**
 * Outline of a node shape centred on (0, 0) in a w × h box, as polygon points, or null for the
 * shapes SVG draws natively (ellipse, rectangles). Shared by the legend and the SVG export so
 * that both draw what Cytoscape draws.
 */
export function shapePolygon(shape: NodeShape, w: number, h: number): [number, number][] | null {
  const rx = w / 2;
  const ry = h / 2;
  switch (shape) {
    case 'diamond':
      return [
        [0, -ry],
        [rx, 0],
        [0, ry],
        [-rx, 0],
      ];
    case 'triangle':
      return [
        [0, -ry],
        [rx, ry],
        [-rx, ry],
      ];
    case 'hexagon':
      return [
        [-rx / 2, -ry],
        [rx / 2, -ry],
        [rx, 0],
        [rx / 2, ry],
        [-rx / 2, ry],
        [-rx, 0],
      ];
    case 'vee':
      // Cytoscape's points: a chevron pointing down, notched a third of the way in from the top.
      return [
        [-rx, -ry],
        [0, round(-ry / 3)],
        [rx, -ry],
        [0, ry],
      ];
    case 'star': {
      const points: [number, number][] = [];
      for (let i = 0; i < 10; i++) {
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        const r = i % 2 === 0 ? 1 : 0.38;
        points.push([round(rx * r * Math.cos(angle)), round(ry * r * Math.sin(angle))]);
      }
      return points;
    }
    default:
      return null;
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

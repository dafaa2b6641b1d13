import type { EntityKind } from '../generated/graphql.js';
import { KIND_LOOK } from '../graph/kinds.js';
import { shapePolygon } from '../graph/shapes.js';

const SVG = 'http://www.w3.org/2000/svg';

/** A small SVG of a kind's shape and colour, the same as on the canvas (legend, search hits). */
export function kindGlyph(kind: EntityKind, size = 16): SVGSVGElement {
  const look = KIND_LOOK[kind];
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('viewBox', `${-size / 2} ${-size / 2} ${size} ${size}`);
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('glyph');
  const s = size - 2;
  const points = shapePolygon(look.shape, s, s);
  let shape: SVGElement;
  if (points) {
    shape = document.createElementNS(SVG, 'polygon');
    shape.setAttribute('points', points.map(([x, y]) => `${x},${y}`).join(' '));
  } else if (look.shape === 'ellipse') {
    shape = document.createElementNS(SVG, 'circle');
    shape.setAttribute('r', String(s / 2));
  } else {
    shape = document.createElementNS(SVG, 'rect');
    for (const [k, v] of Object.entries({ x: -s / 2, y: -s / 2, width: s, height: s, rx: look.shape === 'round-rectangle' ? 3 : 0 }))
      shape.setAttribute(k, String(v));
  }
  shape.setAttribute('fill', look.color);
  shape.setAttribute('stroke', '#1d2430');
  shape.setAttribute('stroke-width', '1');
  svg.append(shape);
  return svg;
}

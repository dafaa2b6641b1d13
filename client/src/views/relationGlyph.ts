import { arrowShape, dashArray, relationLook } from '../graph/relationLook.js';

const SVG = 'http://www.w3.org/2000/svg';

/** A sample of a relationship type's line (dash, colour, width, arrow head), as the canvas draws it, for the legend. */
export function relationGlyph(type: string, width = 34, height = 12): SVGSVGElement {
  const look = relationLook(type);
  const svg = document.createElementNS(SVG, 'svg');
  const set = (el: Element, attrs: Record<string, string | number>) => Object.entries(attrs).forEach(([k, v]) => el.setAttribute(k, String(v)));
  set(svg, { width, height, viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true', class: 'glyph relation-glyph' });
  const head = 8;
  const line = document.createElementNS(SVG, 'line');
  set(line, { x1: 1, y1: height / 2, x2: width - head, y2: height / 2, stroke: look.color, 'stroke-width': look.width });
  const dash = dashArray(look);
  if (dash) line.setAttribute('stroke-dasharray', dash);
  const shape = arrowShape(look.arrow);
  const arrow = document.createElementNS(SVG, shape.tag);
  set(arrow, { ...shape.attrs, fill: look.color, transform: `translate(${width - head - 1} ${height / 2 - 4.5}) scale(0.9)` });
  svg.append(line, arrow);
  return svg;
}

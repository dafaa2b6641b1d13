import type { PledgeStatus } from '../generated/graphql.js';
import { KIND_LOOK } from '../graph/kinds.js';
import { STATUS_LOOK } from '../graph/statusLook.js';

const SVG = 'http://www.w3.org/2000/svg';
const DASH = { solid: '', dashed: '3 2', dotted: '1 2', double: '' } as const;

/** A pledge's disc with its status ring, as the canvas draws it (legend, timeline). */
export function statusGlyph(status: PledgeStatus, size = 16): SVGSVGElement {
  const look = STATUS_LOOK[status];
  const svg = document.createElementNS(SVG, 'svg');
  for (const [k, v] of Object.entries({ width: size, height: size, viewBox: `${-size / 2} ${-size / 2} ${size} ${size}`, 'aria-hidden': 'true' }))
    svg.setAttribute(k, String(v));
  svg.classList.add('glyph', 'status-glyph');
  const circle = (r: number, fill: string, stroke: string, width: number, dash = '') => {
    const c = document.createElementNS(SVG, 'circle');
    for (const [k, v] of Object.entries({ r, fill, stroke, 'stroke-width': width, 'stroke-dasharray': dash })) if (v !== '') c.setAttribute(k, String(v));
    return c;
  };
  svg.append(circle(size / 2 - 5, KIND_LOOK.PLEDGE.color, '#1d2430', 1));
  if (look.width) {
    svg.append(circle(size / 2 - 2, 'none', look.color, look.style === 'double' ? 1 : look.width / 2.5, DASH[look.style]));
    if (look.style === 'double') svg.append(circle(size / 2 - 0.5, 'none', look.color, 1));
  }
  return svg;
}

import { isRelationshipType, RELATIONSHIPS, type LineLook } from '../../../schema/vocabulary/relationships.js';

export type { LineLook };

/** A type the vocabulary does not know (data written by hand): a plain grey line. */
const UNKNOWN: LineLook = { style: 'solid', color: '#8a94a3', arrow: 'triangle', width: 1.5 };

/** How a relationship type is drawn: the vocabulary's table, the one source for canvas, legend and SVG export. */
export function relationLook(type: string): LineLook {
  return isRelationshipType(type) ? RELATIONSHIPS[type].line : UNKNOWN;
}

/** SVG stroke-dasharray for a line style, scaled by the width as Cytoscape scales its dashes; null for solid. */
export function dashArray(look: Pick<LineLook, 'style' | 'width'>): string | null {
  if (look.style === 'dashed') return `${look.width * 4} ${look.width * 3}`;
  if (look.style === 'dotted') return `${look.width} ${look.width * 2}`;
  return null;
}

/** One SVG element: the legend builds it with the DOM, the SVG export writes it as text. */
export interface SvgShape {
  tag: 'path' | 'rect' | 'circle';
  attrs: Record<string, string | number>;
}

/**
 * An arrow head in a 10 × 10 box whose tip is (10, 5), pointing right: the legend's sample and the
 * SVG export's markers draw the heads Cytoscape draws.
 */
export function arrowShape(arrow: LineLook['arrow']): SvgShape {
  const path = (d: string): SvgShape => ({ tag: 'path', attrs: { d } });
  switch (arrow) {
    case 'vee':
      return path('M0,0L10,5L0,10L4,5z');
    case 'chevron':
      return path('M0,0L10,5L0,10L0,7L5,5L0,3z');
    case 'tee':
      return { tag: 'rect', attrs: { x: 7, y: 0, width: 3, height: 10 } };
    case 'circle':
      return { tag: 'circle', attrs: { cx: 5, cy: 5, r: 5 } };
    case 'diamond':
      return path('M0,5L5,0L10,5L5,10z');
    case 'square':
      return { tag: 'rect', attrs: { x: 1, y: 1, width: 8, height: 8 } };
    case 'triangle-backcurve':
      return path('M0,0L10,5L0,10Q4,5 0,0z');
    default:
      return path('M0,0L10,5L0,10z');
  }
}

import type { EdgeSingular, NodeSingular, SingularElementArgument } from 'cytoscape';
import { BADGE } from '../graph/badges.js';
import type { SvgNode, SvgSnapshot } from '../graph/toSvg.js';

/**
 * The canvas as the SVG serializer wants it: what the user sees (no filtered elements, no badges),
 * with the dimming and emphasis of the moment. Takes elements, never the Cytoscape instance.
 */
export function svgSnapshot(title: string, nodes: NodeSingular[], edges: EdgeSingular[], only?: ReadonlySet<string>): SvgSnapshot {
  const shown = (e: SingularElementArgument) => !e.hasClass('filtered') && !e.hasClass(BADGE) && (!only || !e.isNode() || only.has(e.id()));
  const at = (n: NodeSingular, axis: 'x' | 'y') => round(n.position(axis));
  return {
    title,
    nodes: nodes.filter(shown).map((n) => ({
      x: at(n, 'x'),
      y: at(n, 'y'),
      size: n.data('size') as number,
      shape: n.data('shape') as SvgNode['shape'],
      color: n.data('color') as string,
      label: n.data('label') as string,
      faded: n.hasClass('dimmed') || n.hasClass('muted'),
      emphasised: n.hasClass('on-path') || n.selected(),
    })),
    edges: edges
      .filter((e) => shown(e) && shown(e.source()) && shown(e.target()))
      .map((e) => ({
        x1: at(e.source(), 'x'),
        y1: at(e.source(), 'y'),
        x2: at(e.target(), 'x'),
        y2: at(e.target(), 'y'),
        label: e.data('label') as string,
        faded: e.hasClass('dimmed') || e.hasClass('muted'),
        emphasised: e.hasClass('on-path') || e.selected(),
      })),
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

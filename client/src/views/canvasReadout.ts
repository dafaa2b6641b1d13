import type { EdgeSingular, NodeSingular, SingularElementArgument } from 'cytoscape';
import { BADGE } from '../graph/badges.js';
import type { Box } from '../graph/hideOverlaps.js';
import { bodyBox, labelBox } from './canvasLabels.js';

/** A label as the renderer will draw it: Cytoscape's computed style and box, read only. */
export interface LabelReadout {
  id: string;
  /** A node's kind, or an edge's relationship type. */
  kind: string;
  group: 'nodes' | 'edges';
  /** The label text the style resolves to ('' when hidden). */
  text: string;
  /** Model font size; × zoom is the size on screen in CSS px. */
  fontSize: number;
  textOpacity: number;
  visible: boolean;
  /** The label's box in model coordinates. */
  box: Box;
  /** A node's body in model coordinates (null for an edge): what may be drawn over a label. */
  body: Box | null;
  /** The style's z-index: of two overlapping nodes, the higher is drawn over the other. */
  zIndex: number;
}

/** How an edge is drawn: enough to tell relationship types apart. */
export interface EdgeLook {
  id: string;
  type: string;
  /** The ends it joins: what a sighted user follows with the eye. */
  source: string;
  target: string;
  lineStyle: string;
  /** bezier (bundled curves), or haystack (straight) in a large graph (largeGraph.ts). */
  curve: string;
  lineColor: string;
  arrow: string;
  width: string;
}

/** What automation (the readability browser test) may read of the labels and lines: copies only. */
export function labelReadout(nodes: NodeSingular[], edges: EdgeSingular[]): LabelReadout[] {
  return [
    ...nodes.filter((n) => !n.hasClass(BADGE)).map((n) => readLabel(n, 'nodes', n.data('kind') as string)),
    ...edges.map((e) => readLabel(e, 'edges', e.data('type') as string)),
  ];
}

/** The "+N more" badges' numbers, read as labels of kind BADGE. */
export function badgeReadout(nodes: NodeSingular[]): LabelReadout[] {
  return nodes.filter((n) => n.hasClass(BADGE)).map((n) => readLabel(n, 'nodes', 'BADGE'));
}

function readLabel(e: SingularElementArgument, group: LabelReadout['group'], kind: string): LabelReadout {
  return {
    id: e.id(),
    kind,
    group,
    text: String(e.style('label') ?? ''),
    fontSize: parseFloat(String(e.style('font-size'))),
    textOpacity: Number(e.style('text-opacity')),
    visible: e.visible(),
    box: labelBox(e),
    body: e.isNode() ? bodyBox(e) : null,
    zIndex: Number(e.style('z-index')),
  };
}

export function edgeLooks(edges: EdgeSingular[]): EdgeLook[] {
  return edges.map((e) => ({
    id: e.id(),
    type: e.data('type') as string,
    source: e.source().id(),
    target: e.target().id(),
    lineStyle: String(e.style('line-style')),
    curve: String(e.style('curve-style')),
    lineColor: String(e.style('line-color')),
    arrow: String(e.style('target-arrow-shape')),
    width: String(e.style('width')),
  }));
}

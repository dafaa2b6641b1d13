import type { EdgeSingular, NodeSingular, SingularElementArgument } from 'cytoscape';
import { BADGE } from '../graph/badges.js';
import { hideOverlaps, type Box } from '../graph/hideOverlaps.js';
import { labelFont, labelTier, labelWrap, type LabelTier } from '../graph/labelPlan.js';

/** Hidden at this zoom (labelPlan.ts) and hidden because a higher-priority label covers it. */
export const LABEL_OFF = 'label-off';
export const LABEL_CROWDED = 'label-crowded';
/** The pointer is on it: its label is drawn whatever the zoom. */
export const HOVER = 'hover';

const emphasised = (e: SingularElementArgument) => e.selected() || e.hasClass(HOVER) || e.hasClass('on-path');
const tierOf = (e: SingularElementArgument): LabelTier => labelTier(e.isNode() ? (e.data('kind') as string) : 'EDGE');
const labelled = (nodes: NodeSingular[], edges: EdgeSingular[]): SingularElementArgument[] => [...nodes.filter((n) => !n.hasClass(BADGE)), ...edges];

/**
 * First pass (inside a batch): each label's font for this zoom, or hidden. Takes elements, never
 * the Cytoscape instance; graphView.ts runs it on zoom, layout, selection and hover.
 */
export function sizeLabels(zoom: number, nodes: NodeSingular[], edges: EdgeSingular[]): void {
  for (const e of labelled(nodes, edges)) {
    const font = labelFont(tierOf(e), zoom, emphasised(e));
    e.removeClass(LABEL_CROWDED);
    if (font === null) e.addClass(LABEL_OFF);
    else {
      e.removeClass(LABEL_OFF);
      if (e.data('font') !== font) e.data({ font, wrap: labelWrap(font) });
    }
  }
}

/** Second pass, once the sizes are applied: hides the lower-priority label of every overlapping pair. */
export function unclutterLabels(nodes: NodeSingular[], edges: EdgeSingular[]): Set<string> {
  const placed = labelled(nodes, edges)
    .filter((e) => !e.hasClass(LABEL_OFF) && !e.hasClass('filtered') && e.visible())
    .map((e) => ({ id: e.id(), priority: emphasised(e) ? -1 : tierOf(e).priority, box: labelBox(e) }));
  return hideOverlaps(placed);
}

/** The label's own box in model coordinates (no node body, no edge line). */
export function labelBox(e: SingularElementArgument): Box {
  const { x1, y1, x2, y2 } = e.boundingBox({ includeLabels: true, includeNodes: false, includeEdges: false, includeOverlays: false });
  return { x1, y1, x2, y2 };
}

import type { EdgeSingular, NodeSingular, SingularElementArgument } from 'cytoscape';
import { BADGE } from '../graph/badges.js';
import { hideOverlaps, type Box } from '../graph/hideOverlaps.js';
import { labelFont, labelTier, labelWrap, type LabelTier } from '../graph/labelPlan.js';
import { coverLevels, LABEL_SIDES, labelSides, placeLabels } from '../graph/placeLabels.js';

/** Hidden at this zoom (labelPlan.ts) and hidden because a higher-priority label covers it. */
export const LABEL_OFF = 'label-off';
export const LABEL_CROWDED = 'label-crowded';
/** Its label covers another node's body: the node is drawn above that one (style.ts, data `over`), or the body would hide the name. */
export const LABEL_OVER = 'label-over';
/** The pointer is on it: its label is drawn whatever the zoom. */
export const HOVER = 'hover';
/** A node label moved off its default place below the node (style.ts: `label-top` …). */
const SIDE_CLASSES = LABEL_SIDES.slice(1).map((side) => `label-${side}`);
/** What the later passes set, cleared by the first. */
const PASS_CLASSES = [LABEL_CROWDED, LABEL_OVER, ...SIDE_CLASSES];

const emphasised = (e: SingularElementArgument) => e.selected() || e.hasClass(HOVER) || e.hasClass('on-path');
const tierOf = (e: SingularElementArgument): LabelTier => labelTier(e.isNode() ? (e.data('kind') as string) : 'EDGE');
const labelled = (nodes: NodeSingular[], edges: EdgeSingular[]): SingularElementArgument[] => [...nodes.filter((n) => !n.hasClass(BADGE)), ...edges];
const shown = (e: SingularElementArgument) => !e.hasClass(LABEL_OFF) && !e.hasClass(LABEL_CROWDED) && !e.hasClass('filtered') && e.visible();

/**
 * First pass (inside a batch): each label's font for this zoom, or hidden, and every node label
 * back below its node. Takes elements, never the Cytoscape instance; graphView.ts runs it on
 * zoom, layout, selection and hover.
 */
export function sizeLabels(zoom: number, nodes: NodeSingular[], edges: EdgeSingular[]): void {
  // Classes are only touched where they change: on thousands of elements (largeGraph.ts) each
  // call costs Cytoscape a collection even when it changes nothing.
  for (const e of labelled(nodes, edges)) {
    const font = labelFont(tierOf(e), zoom, emphasised(e));
    const stale = PASS_CLASSES.filter((name) => e.hasClass(name));
    if (stale.length) e.removeClass(stale.join(' '));
    if (font === null) {
      if (!e.hasClass(LABEL_OFF)) e.addClass(LABEL_OFF);
    } else {
      if (e.hasClass(LABEL_OFF)) e.removeClass(LABEL_OFF);
      if (e.data('font') !== font) e.data({ font, wrap: labelWrap(font) });
    }
  }
}

/**
 * Second pass, once the sizes are applied: each node label goes below its node, else above, right
 * or left, wherever it covers no label of higher priority (placeLabels.ts); a label with no free
 * side is hidden, so the lower-priority label of a crowded pair gives way; a side inside `frame` (the
 * canvas's visible extent) comes first. Returns what to apply:
 * the class per moved label, the ids to hide, and the drawing level (coverLevels) of each node
 * whose label covers another. `nodes`
 * may hold the "+N more" badges: they are kept clear of labels like nodes, never labelled.
 */
export function arrangeLabels(
  nodes: NodeSingular[],
  edges: EdgeSingular[],
  frame: Box | null = null,
): { sides: Map<string, string>; crowded: Set<string>; covering: Map<string, number> } {
  const candidates = labelled(nodes, edges).filter(shown);
  // Badges are bodies too: a name placed over its node's "+N" tag hides one or the other.
  const bodies = new Map(nodes.filter((n) => !n.hasClass('filtered') && n.visible()).map((n) => [n.id(), bodyBox(n)] as const));
  const { chosen, hidden, covering } = placeLabels(
    candidates.map((e) => ({
      id: e.id(),
      priority: emphasised(e) ? -1 : tierOf(e).priority,
      boxes: e.isNode() ? labelSides(bodies.get(e.id()) ?? bodyBox(e), labelBox(e)) : [labelBox(e)],
      own: e.id(),
      // Bureaus, projects and places are the first screen's answer: named even over a node.
      mayCover: emphasised(e) || tierOf(e).priority <= 1,
    })),
    bodies,
    frame,
  );
  const sides = new Map<string, string>();
  for (const [id, index] of chosen) if (index > 0) sides.set(id, `label-${LABEL_SIDES[index]!}`);
  return { sides, crowded: hidden, covering: coverLevels(covering) };
}

/**
 * Last pass, on the boxes as drawn: the predicted side boxes can be off by a pixel or two, so any
 * pair that still overlaps loses its lower-priority label.
 */
export function unclutterLabels(nodes: NodeSingular[], edges: EdgeSingular[]): Set<string> {
  const placed = labelled(nodes, edges)
    .filter(shown)
    .map((e) => ({ id: e.id(), priority: emphasised(e) ? -1 : tierOf(e).priority, box: labelBox(e) }));
  return hideOverlaps(placed);
}

/**
 * The label's own box in model coordinates (no node body, no edge line). Not from the cache: a
 * box read just after a font change would be the old font's, and Cytoscape would then keep it and
 * draw the new text into the old, narrower texture (labels cropped at both ends).
 */
export function labelBox(e: SingularElementArgument): Box {
  const options = { includeLabels: true, includeNodes: false, includeEdges: false, includeOverlays: false, useCache: false };
  const { x1, y1, x2, y2 } = e.boundingBox(options);
  return { x1, y1, x2, y2 };
}

/** A node's body in model coordinates, without its label. */
export function bodyBox(n: NodeSingular): Box {
  const { x1, y1, x2, y2 } = n.boundingBox({ includeLabels: false, includeOverlays: false });
  return { x1, y1, x2, y2 };
}

/** What the canvas draws, as boxes: the bodies of the nodes shown and the labels kept (a fit's extent). */
export function drawnBoxes(nodes: NodeSingular[], edges: EdgeSingular[]): Box[] {
  const bodies = nodes.filter((n) => !n.hasClass('filtered') && n.visible()).map(bodyBox);
  return [...bodies, ...labelled(nodes, edges).filter(shown).map(labelBox)];
}

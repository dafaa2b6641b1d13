import { overlaps, type Box } from './hideOverlaps.js';

/** Where a node's label may go, in the order tried: below is the stylesheet's default. */
export const LABEL_SIDES = ['bottom', 'top', 'right', 'left'] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

export interface LabelCandidates {
  id: string;
  /** Lower wins (labelPlan.ts's tiers; an emphasised label gets a negative one). */
  priority: number;
  /** The boxes it may take, best first (one per side for a node, one for an edge). */
  boxes: Box[];
  /** Its own node's body, which its label may of course touch. */
  own?: string;
  /** With every side crowded, may it cover another node rather than be hidden (a bureau's name)? */
  mayCover?: boolean;
}

export interface Placement {
  /** Chosen box per label: its index in `boxes`. */
  chosen: Map<string, number>;
  hidden: Set<string>;
  /** Labels kept over other nodes' bodies (mayCover's last resort), with those nodes' ids: drawn above them (coverLevels). */
  covering: Map<string, string[]>;
}

/**
 * The same label box moved to each side of its node's body (`body`), keeping the gap the
 * stylesheet leaves below: what Cytoscape draws for text-valign top, or text-halign right / left.
 */
export function labelSides(body: Box, below: Box): Box[] {
  const w = below.x2 - below.x1;
  const h = below.y2 - below.y1;
  const gap = Math.max(0, below.y1 - body.y2);
  const midY = (body.y1 + body.y2) / 2;
  return [
    below,
    { x1: below.x1, x2: below.x2, y1: body.y1 - gap - h, y2: body.y1 - gap },
    { x1: body.x2 + gap, x2: body.x2 + gap + w, y1: midY - h / 2, y2: midY + h / 2 },
    { x1: body.x1 - gap - w, x2: body.x1 - gap, y1: midY - h / 2, y2: midY + h / 2 },
  ];
}

/**
 * Places labels greedily, highest priority first (ties: the order given, so the answer is stable
 * from one zoom step to the next). A label takes its first box that overlaps no label already
 * placed and no other node's body; failing that, if it `mayCover`, its first box clear of labels
 * (covering part of a node beats not naming a bureau); failing that, it is hidden. With a `frame`
 * (the visible extent), a box inside it comes first: a name cut by the canvas's edge is no name,
 * so only a label that may cover keeps a box that leaves the frame, as its last resort. Empty boxes (no label) are ignored.
 */
export function placeLabels(labels: readonly LabelCandidates[], bodies: ReadonlyMap<string, Box> = new Map(), frame: Box | null = null): Placement {
  const order = labels
    .map((label, index) => ({ label, index }))
    .filter(({ label }) => label.boxes.some((b) => b.x2 > b.x1 && b.y2 > b.y1))
    .sort((a, b) => a.label.priority - b.label.priority || a.index - b.index);
  const kept: Box[] = [];
  const chosen = new Map<string, number>();
  const hidden = new Set<string>();
  const covering = new Map<string, string[]>();
  for (const { label } of order) {
    const clearOfLabels = (box: Box) => !kept.some((k) => overlaps(k, box));
    const under = (box: Box) => [...bodies].filter(([id, body]) => id !== label.own && overlaps(body, box)).map(([id]) => id);
    const clearOfNodes = (box: Box) => ![...bodies].some(([id, body]) => id !== label.own && overlaps(body, box));
    const inFrame = (box: Box) => !frame || (box.x1 >= frame.x1 && box.x2 <= frame.x2 && box.y1 >= frame.y1 && box.y2 <= frame.y2);
    let index = label.boxes.findIndex((box) => inFrame(box) && clearOfLabels(box) && clearOfNodes(box));
    // Only the fallbacks may cover a node: which ones is worked out for them alone.
    const clear = index >= 0;
    if (index < 0 && label.mayCover) index = label.boxes.findIndex((box) => inFrame(box) && clearOfLabels(box));
    if (index < 0 && label.mayCover) index = label.boxes.findIndex(clearOfLabels);
    if (index < 0) hidden.add(label.id);
    else {
      const box = label.boxes[index]!;
      chosen.set(label.id, index);
      kept.push(box);
      const covered = clear ? [] : under(box);
      if (covered.length > 0) covering.set(label.id, covered);
    }
  }
  return { chosen, hidden, covering };
}

/**
 * The drawing level of each node whose label covers others (1, 2, …): one above every covered
 * node that itself covers, so that a name is never under a body, even where a project's name
 * lies on a bureau whose own name lies on a pledge. A cycle (two names on each other's nodes)
 * is cut where it closes: one of the two is then drawn under the other's body.
 */
export function coverLevels(covering: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const levels = new Map<string, number>();
  const open = new Set<string>();
  const level = (id: string): number => {
    const known = levels.get(id);
    if (known !== undefined) return known;
    if (open.has(id) || !covering.has(id)) return 0;
    open.add(id);
    const own = 1 + Math.max(0, ...covering.get(id)!.map(level));
    open.delete(id);
    levels.set(id, own);
    return own;
  };
  for (const id of covering.keys()) level(id);
  return levels;
}

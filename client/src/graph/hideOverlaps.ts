/** An axis-aligned box, as Cytoscape's boundingBox() gives it. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PlacedLabel {
  id: string;
  /** Lower wins (labelPlan.ts's tiers; an emphasised label gets a negative one). */
  priority: number;
  box: Box;
}

/** Boxes that share more than a hairline: labels that merely touch still read. */
export function overlaps(a: Box, b: Box, slack = 0.5): boolean {
  return Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > slack && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > slack;
}

/**
 * The labels to hide so that no two drawn ones overlap: greedily, highest priority first (ties:
 * the order given, so the answer is stable from one zoom step to the next), each label is kept
 * when it overlaps none already kept. Empty boxes (no label) are ignored.
 */
export function hideOverlaps(labels: readonly PlacedLabel[]): Set<string> {
  const order = labels
    .map((label, index) => ({ label, index }))
    .filter(({ label: { box } }) => box.x2 > box.x1 && box.y2 > box.y1)
    .sort((a, b) => a.label.priority - b.label.priority || a.index - b.index);
  const kept: Box[] = [];
  const hidden = new Set<string>();
  for (const { label } of order) {
    if (kept.some((box) => overlaps(box, label.box))) hidden.add(label.id);
    else kept.push(label.box);
  }
  return hidden;
}

import type { Position } from 'cytoscape';

/** The class of "+N more" badges: nodes on the canvas that are not entities. */
export const BADGE = 'more-badge';

export const badgeId = (id: string) => `more::${id}`;

/** The badge's label and width: Cytoscape's `width: label` is deprecated, so the width is computed. */
export function badgeData(count: number): { label: string; width: number } {
  const label = `+${count}`;
  // 10 px bold digits are about 7 px wide; 8 px of padding on each side.
  return { label, width: 16 + 7 * label.length };
}

/** Just off the owner's top-right corner, so it reads as a tag on that node. */
export function badgePosition(owner: Position, width: number, height: number): Position {
  return { x: owner.x + width / 2 + 10, y: owner.y - height / 2 - 4 };
}

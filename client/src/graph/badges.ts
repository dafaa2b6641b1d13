import type { Position } from 'cytoscape';

/** The class of "+N more" badges: nodes on the canvas that are not entities. */
export const BADGE = 'more-badge';

export const badgeId = (id: string) => `more::${id}`;

/** Just off the owner's top-right corner, so it reads as a tag on that node. */
export function badgePosition(owner: Position, width: number, height: number): Position {
  return { x: owner.x + width / 2 + 10, y: owner.y - height / 2 - 4 };
}

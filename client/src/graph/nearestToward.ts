import type { Position } from 'cytoscape';

export type ArrowDirection = 'left' | 'right' | 'up' | 'down';

const UNIT: Record<ArrowDirection, Position> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, up: { x: 0, y: -1 }, down: { x: 0, y: 1 } };

/**
 * Which of `candidates` an arrow key means from `from`: the one ahead of it (within 60° of the
 * arrow) that is nearest, a sideways step costing more than a straight one, so that → goes to
 * what the eye sees on the right. null when nothing lies that way.
 */
export function nearestToward<T extends { position: Position }>(from: Position, candidates: readonly T[], direction: ArrowDirection): T | null {
  const unit = UNIT[direction];
  let best: T | null = null;
  let bestCost = Infinity;
  for (const candidate of candidates) {
    const dx = candidate.position.x - from.x;
    const dy = candidate.position.y - from.y;
    const ahead = dx * unit.x + dy * unit.y;
    const aside = Math.abs(dx * unit.y - dy * unit.x);
    // tan 60° ≈ 1.73: beyond that the node is more beside than ahead.
    if (ahead <= 0 || aside > ahead * 1.73) continue;
    const cost = ahead + 2 * aside;
    if (cost < bestCost) [best, bestCost] = [candidate, cost];
  }
  return best;
}

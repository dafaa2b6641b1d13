import type { Position } from 'cytoscape';
import { labelFont, type LabelTier } from './labelPlan.js';

/** The class of "+N more" badges: nodes on the canvas that are not entities. */
export const BADGE = 'more-badge';

export const badgeId = (id: string) => `more::${id}`;

/** A badge's number read as a label (labelPlan.ts): 11 px at zoom 1, and never smaller on screen. */
const BADGE_TIER: LabelTier = { priority: 0, font: 11, floorZoom: 0 };

export interface BadgeData {
  count: number;
  label: string;
  /** Model sizes: zoomed out the badge grows in the model so that it keeps its size on screen. */
  font: number;
  width: number;
  height: number;
}

/** The badge's label and size at a zoom: Cytoscape's `width: label` is deprecated, so the width is computed. */
export function badgeData(count: number, zoom = 1): BadgeData {
  const label = `+${count}`;
  const font = labelFont(BADGE_TIER, zoom, true)!;
  // Bold digits are about 0.7 em wide; 0.8 em of padding on each side; 1.6 em high.
  return { count, label, font, width: round(font * (1.6 + 0.7 * label.length)), height: round(font * 1.6) };
}

/** Just off the owner's top-right corner, so it reads as a tag on that node (the gap grows with the badge). */
export function badgePosition(owner: Position, width: number, height: number, font = BADGE_TIER.font): Position {
  const scale = font / BADGE_TIER.font;
  return { x: owner.x + width / 2 + 10 * scale, y: owner.y - height / 2 - 4 * scale };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

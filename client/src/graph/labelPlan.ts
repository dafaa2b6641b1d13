/**
 * Which labels the canvas draws at a zoom, and how big: a label is drawn at 11 CSS px or more, or
 * not at all. Zoomed out, a label keeps its on-screen size (its model font grows) down to its
 * kind's floor zoom and is hidden below it, so labels disappear by priority — the rest first,
 * then projects and places, bureaus never — instead of shrinking into unreadable specks.
 * Pure: graphView.ts reads the zoom and applies the answer.
 */

/** The smallest on-screen label, in CSS px (WCAG-ish legibility at 1280×720). */
export const MIN_LABEL_PX = 11;
// A little above the minimum, so that rounding in the renderer never lands below it.
const KEPT_PX = MIN_LABEL_PX + 0.5;

export interface LabelTier {
  /** Lower wins: an overlapping pair keeps the label of the lower priority. */
  priority: number;
  /** Model font size (CSS px at zoom 1). */
  font: number;
  /** Below this zoom the label is hidden; above it, never drawn smaller than MIN_LABEL_PX. */
  floorZoom: number;
}

/** One row per kind of node (by EntityKind), and one for every edge label. */
export const LABEL_TIERS: Readonly<Record<string, LabelTier>> = {
  // The first screen's answer: always named.
  BUREAU: { priority: 0, font: 14, floorZoom: 0 },
  // What the bureaus share: named down to a whole-graph overview.
  PROJECT: { priority: 1, font: 13, floorZoom: 0.35 },
  PLACE: { priority: 1, font: 13, floorZoom: 0.35 },
  EVENT: { priority: 2, font: 12, floorZoom: 0.5 },
  ENTERPRISE: { priority: 2, font: 12, floorZoom: 0.5 },
  INSTITUTION: { priority: 2, font: 12, floorZoom: 0.5 },
  DOCUMENT: { priority: 2, font: 12, floorZoom: 0.5 },
  // Whole clauses (shortened with "…"): from about the first screen's zoom on, wherever one
  // fits beside its node without covering another (canvasLabels.ts), so that the first screen
  // names what was pledged, not only who pledged it.
  PLEDGE: { priority: 3, font: 12, floorZoom: 0.55 },
  // Relations in words: on hover, on selection, or zoomed in to 1:1.
  EDGE: { priority: 4, font: 11, floorZoom: 1 },
};
const OTHER: LabelTier = { priority: 3, font: 12, floorZoom: 0.8 };

export function labelTier(kind: string): LabelTier {
  return LABEL_TIERS[kind] ?? OTHER;
}

/**
 * The model font size to draw a label at, or null to hide it. `emphasised` (hovered, selected,
 * keyboard focus) labels are always drawn, at a readable size.
 */
export function labelFont(tier: LabelTier, zoom: number, emphasised = false): number | null {
  if (tier.font * zoom >= MIN_LABEL_PX) return tier.font;
  if (!emphasised && zoom < tier.floorZoom) return null;
  return round(KEPT_PX / zoom);
}

/** Wrap width for a font: about nine CJK characters a line, so a label keeps its shape at any size. */
export function labelWrap(font: number): number {
  return Math.round(font * 9);
}

/** A new element's label data before the first zoom is known: its tier's natural size. */
export function naturalLabel(kind: string): { font: number; wrap: number } {
  const { font } = labelTier(kind);
  return { font, wrap: labelWrap(font) };
}

function round(n: number): number {
  return Math.ceil(n * 100) / 100;
}

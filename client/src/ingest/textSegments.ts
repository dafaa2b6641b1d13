import type { ReviewItem } from './reviewItems.js';

export interface TextSegment {
  start: number;
  end: number;
  /** The items whose words cover it, widest first (a pledge's clause, then a name inside it). */
  items: ReviewItem[];
}

/**
 * The text cut at every item's start and end, so that overlapping spans (a name inside a
 * pledge's clause) each get their marks. Rejected items are left unmarked. Pure.
 */
export function textSegments(text: string, items: readonly ReviewItem[]): TextSegment[] {
  const shown = items.filter((item) => item.decision !== 'rejected');
  const cuts = [...new Set([0, text.length, ...shown.flatMap((item) => [item.start, item.end])])]
    .filter((n) => n >= 0 && n <= text.length)
    .sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const covering = shown.filter((item) => item.start <= start && item.end >= end).sort((a, b) => b.end - b.start - (a.end - a.start));
    segments.push({ start, end, items: covering });
  }
  return segments;
}

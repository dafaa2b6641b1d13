/** A cited stretch of the article and who cites it. */
export interface Citation {
  start: number;
  end: number;
  /** Node or edge id that cites these words. */
  ref: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Who cites this stretch; empty for plain text. Narrowest citation first. */
  refs: string[];
}

/**
 * Cuts the text at every citation boundary, so overlapping quotes (a pledge inside its bureau's
 * sentence) each stay clickable. Citations outside the text are ignored.
 */
export function segmentText(text: string, citations: Citation[]): Segment[] {
  const valid = citations.filter((c) => c.start >= 0 && c.end <= text.length && c.start < c.end);
  const cuts = new Set([0, text.length]);
  for (const c of valid) (cuts.add(c.start), cuts.add(c.end));
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = valid.filter((c) => c.start <= start && c.end >= end).sort((a, b) => a.end - a.start - (b.end - b.start));
    segments.push({ start, end, text: text.slice(start, end), refs: [...new Set(covering.map((c) => c.ref))] });
  }
  return segments;
}

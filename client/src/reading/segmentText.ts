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
 * sentence) each stay clickable. Citations outside the text are ignored. `cuts` adds more
 * boundaries (where a heading starts or ends), so that no segment straddles two blocks.
 */
export function segmentText(text: string, citations: Citation[], cuts: Iterable<number> = []): Segment[] {
  const valid = citations.filter((c) => c.start >= 0 && c.end <= text.length && c.start < c.end);
  const points = new Set([0, text.length]);
  for (const at of cuts) if (at > 0 && at < text.length) points.add(at);
  for (const c of valid) {
    points.add(c.start);
    points.add(c.end);
  }
  const sorted = [...points].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const covering = valid.filter((c) => c.start <= start && c.end >= end).sort((a, b) => a.end - a.start - (b.end - b.start));
    segments.push({ start, end, text: text.slice(start, end), refs: [...new Set(covering.map((c) => c.ref))] });
  }
  return segments;
}

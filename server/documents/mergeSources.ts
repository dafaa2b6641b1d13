import type { SourceSpan } from '../generated/graphql.js';

/**
 * An entity's or relationship's spans as served: the seeds' (`sources`, one JSON array) and those
 * that reviewed documents added (`userSources`, one JSON span per list item, so that a write can
 * append without reading), each span once, newest document first. The sort is stable: within a
 * document the curated order stays.
 */
export function mergeSources(sources: unknown, userSources: unknown): SourceSpan[] {
  const seeded = typeof sources === 'string' && sources ? (JSON.parse(sources) as SourceSpan[]) : [];
  const added = Array.isArray(userSources) ? userSources.map((item) => JSON.parse(String(item)) as SourceSpan) : [];
  const seen = new Set<string>();
  const spans = [...seeded, ...added].filter((span) => {
    const key = spanKey(span);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return spans.sort((a, b) => (b.documentDate ?? '').localeCompare(a.documentDate ?? ''));
}

/** What makes two spans one: the same words of the same document. */
export function spanKey(span: Pick<SourceSpan, 'documentId' | 'start' | 'end'>): string {
  return `${span.documentId}|${span.start}|${span.end}`;
}

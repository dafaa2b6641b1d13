import type { SourceSpan } from './SeedGraph.js';

/** Spans as stored: JSON (Neo4j properties hold no list of maps), and the documents they cite, for filtering by document. */
export function spanProps(spans: SourceSpan[]): { sources: string; documentIds: string[] } {
  return { sources: JSON.stringify(spans), documentIds: [...new Set(spans.map((span) => span.documentId))] };
}

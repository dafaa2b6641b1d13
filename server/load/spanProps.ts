import type { PropertyValue, SourceSpan } from './SeedGraph.js';

/** Spans as stored: JSON (Neo4j properties hold no list of maps), and the documents they cite, for filtering by document. */
export function spanProps(spans: SourceSpan[]): { sources: string; documentIds: string[] } {
  return { sources: JSON.stringify(spans), documentIds: [...new Set(spans.map((span) => span.documentId))] };
}

/** Adds documents to those a node's props cite (a later report's quotes or status changes), each once. */
export function addDocumentIds(props: Record<string, PropertyValue>, ids: readonly string[]): void {
  props.documentIds = [...new Set([...((props.documentIds as string[] | undefined) ?? []), ...ids])];
}

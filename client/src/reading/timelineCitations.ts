import type { GraphCache } from '../graph/graphCache.js';
import type { Citation } from './segmentText.js';

/**
 * The words of a document that state a change of a pledge's status, from the pledges the cache
 * knows: highlighted in the reading view as the pledge's, so "show in the document" finds them
 * (the API's citations list the spans of entities and relationships, not of status changes).
 * A pledge's first, derived entry quotes its own source, which the API cites already.
 */
export function timelineCitations(cache: GraphCache, documentId: string): Citation[] {
  const out: Citation[] = [];
  for (const node of cache.nodes.values())
    for (const change of node.statusHistory ?? [])
      if (!change.derived) for (const span of change.sources) if (span.documentId === documentId) out.push({ start: span.start, end: span.end, ref: node.id });
  return out;
}

import type { CypherQuery } from '../db/CypherQuery.js';

/** Whether `x` cites document `d`: through the seeds' spans or a reviewed document's. */
const cites = (x: string) => `(d.id IN coalesce(${x}.documentIds, []) OR d.id IN coalesce(${x}.userDocumentIds, []))`;

/**
 * Every document, newest first (by date, then id), without its text but with its length and how
 * much of the graph cites it. A status change is found by its JSON naming the document (the
 * pledge's seedStatusHistory and statusHistory hold one JSON object per change); the resolver
 * counts them, a change stored in both once.
 */
export function documentsQuery(): CypherQuery {
  return {
    cypher: `
MATCH (d:Document)
CALL {
  WITH d
  OPTIONAL MATCH (n:Entity) WHERE NOT n:Document AND ${cites('n')}
  RETURN count(n) AS entities, count(CASE WHEN n:Pledge THEN 1 END) AS pledges,
         collect([s IN coalesce(n.seedStatusHistory, []) + coalesce(n.statusHistory, []) WHERE s CONTAINS ('"documentId":"' + d.id + '"') | { pledge: n.id, change: s }]) AS statusChanges
}
CALL {
  WITH d
  OPTIONAL MATCH (:Entity)-[r]->(:Entity) WHERE ${cites('r')}
  RETURN count(r) AS relationships
}
WITH d, entities, pledges, statusChanges, relationships ORDER BY d.date DESC, d.id
RETURN collect({
  id: d.id, title: d.title, date: d.date, source: d.source, language: d.language, sha256: d.sha256,
  origin: coalesce(d.origin, 'SEED'), chars: size(d.text),
  entities: entities, pledges: pledges, statusChanges: statusChanges, relationships: relationships
}) AS documents`.trim(),
    params: {},
  };
}

import type { CypherQuery } from '../db/CypherQuery.js';

/**
 * Everything that cites a document: spans are stored as JSON text, so the query narrows to the
 * nodes and relationships whose JSON names the document, and the resolver keeps its spans. The
 * spans reviewed documents added (userSources, a list of JSON spans) are found by userDocumentIds,
 * and so are the quotes of a pledge's status changes (statusHistory, one JSON change each). The
 * seeds' status changes (seedStatusHistory) add their documents to the pledge's documentIds.
 */
export function citationsQuery(documentId: string): CypherQuery {
  return {
    cypher: `
OPTIONAL MATCH (d:Document {id: $documentId})
CALL {
  MATCH (n:Entity) WHERE n.sources CONTAINS $needle OR $documentId IN coalesce(n.documentIds, []) OR $documentId IN coalesce(n.userDocumentIds, [])
  RETURN collect({ entityId: n.id, sources: n.sources, userSources: n.userSources, statusHistory: n.statusHistory, seedStatusHistory: n.seedStatusHistory }) AS nodes
}
CALL {
  MATCH (:Entity)-[r]->(:Entity) WHERE r.sources CONTAINS $needle OR $documentId IN coalesce(r.userDocumentIds, [])
  RETURN collect({ edgeId: r.id, sources: r.sources, userSources: r.userSources }) AS edges
}
RETURN d IS NOT NULL AS found, nodes + edges AS citing`.trim(),
    params: { documentId, needle: JSON.stringify(documentId) },
  };
}

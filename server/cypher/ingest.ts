import type { CypherQuery } from '../db/CypherQuery.js';
import type { Label, RelationshipType } from '../load/model.js';

/**
 * The writes of ingestDocument (server/documents/ingestDocument.ts), all run in one transaction.
 * What a reviewed document adds to an entity or relationship goes into list properties
 * (userSources: one JSON span per item; userDocumentIds; a pledge's statusHistory: one JSON change
 * per item), appended in Cypher, so that no write reads and rewrites another's JSON; the seed
 * loader keeps these properties (load/loadQueries.ts). Labels and relationship types come from the
 * closed sets of schema/vocabulary, checked by the input schema, never from the client's text.
 */

/** Appends `row.spans` and `row.documentId` to `x`'s user properties. */
const appendSources = (x: string) =>
  `SET ${x}.userSources = coalesce(${x}.userSources, []) + row.spans,
    ${x}.userDocumentIds = CASE WHEN row.documentId IN coalesce(${x}.userDocumentIds, []) THEN ${x}.userDocumentIds ELSE coalesce(${x}.userDocumentIds, []) + row.documentId END`;

/** The stored document with this text (by its sha256), if any. */
export function documentBySha256Query(sha256: string): CypherQuery {
  return { cypher: 'MATCH (d:Document {sha256: $sha256}) RETURN properties(d) AS document', params: { sha256 } };
}

/**
 * Stores a new document. CREATE, not MERGE: should the same text be stored meanwhile, the unique
 * constraint on sha256 refuses this one (and the caller finds the stored one on its retry).
 */
export function createDocumentQuery(props: Record<string, unknown>): CypherQuery {
  return { cypher: 'CREATE (d:Entity:Document) SET d = $props RETURN properties(d) AS document', params: { props } };
}

/** Ids taken among each base and its numbered forms (base-2 …), to give new entities free ones. */
export function takenEntityIdsQuery(bases: string[]): CypherQuery {
  return {
    cypher: "UNWIND $bases AS base MATCH (n:Entity) WHERE n.id = base OR n.id STARTS WITH base + '-' RETURN collect(DISTINCT n.id) AS taken",
    params: { bases },
  };
}

/** New entities of one label, with every property given (CREATE: a taken id fails on the unique constraint). */
export function createEntitiesQuery(label: Label, rows: { props: Record<string, unknown> }[]): CypherQuery {
  return { cypher: `UNWIND $rows AS row CREATE (n:Entity) SET n = row.props, n:${label} RETURN count(n) AS written`, params: { rows } };
}

/** Adds spans of a document to existing entities; `written` counts those found (fewer: one was deleted). */
export function addEntitySourcesQuery(rows: { id: string; spans: string[]; documentId: string }[]): CypherQuery {
  return { cypher: `UNWIND $rows AS row MATCH (n:Entity {id: row.id}) ${appendSources('n')} RETURN count(n) AS written`, params: { rows } };
}

/**
 * Relationships of one type: an existing one (of the seeds, say) gains the spans; a new one is
 * made, marked USER. `written` counts the rows whose two ends were found.
 */
export function addRelationshipsQuery(
  type: RelationshipType,
  rows: { id: string; from: string; to: string; spans: string[]; documentId: string; props: Record<string, unknown> }[],
): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type}]->(b)
ON CREATE SET r += row.props, r.id = row.id, r.origin = 'USER', r.sources = '[]', r.documentIds = []
${appendSources('r')}
RETURN count(r) AS written`,
    params: { rows },
  };
}

/** Appends status changes (JSON) to pledges' histories; the pledge is cited by the change's document. */
export function addStatusChangesQuery(rows: { id: string; change: string; documentId: string }[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row MATCH (p:Pledge {id: row.id})
SET p.statusHistory = coalesce(p.statusHistory, []) + row.change,
    p.userDocumentIds = CASE WHEN row.documentId IN coalesce(p.userDocumentIds, []) THEN p.userDocumentIds ELSE coalesce(p.userDocumentIds, []) + row.documentId END
RETURN count(p) AS written`,
    params: { rows },
  };
}

import type { CypherQuery } from '../db/CypherQuery.js';

/**
 * What a draft needs of the graph as it is now (seeded and ingested alike): every entity's names,
 * and every pledge's numbers, bureau and the entities it is about, one row each. Documents are
 * left out: their titles are no names a report uses.
 */
export function draftGraphQuery(): CypherQuery {
  return {
    cypher: `
MATCH (n:Entity) WHERE n.kind <> 'DOCUMENT'
OPTIONAL MATCH (b:Bureau)-[:MADE]->(n)
OPTIONAL MATCH (n)-[:CONCERNS|TARGETS|PARTNERS|DESTINED_FOR]->(c:Entity) WHERE n:Pledge
WITH n, head(collect(DISTINCT b.id)) AS bureauId, collect(DISTINCT c.id) AS concerns
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.nameEn AS nameEn, coalesce(n.aliases, []) AS aliases,
  n.text AS text, n.target AS target, coalesce(n.unitZh, n.unit) AS unit, n.comparator AS comparator,
  coalesce(n.metricZh, n.metric) AS metric, bureauId, concerns
ORDER BY n.id`.trim(),
    params: {},
  };
}

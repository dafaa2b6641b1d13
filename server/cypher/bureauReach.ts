import type { CypherQuery } from '../db/CypherQuery.js';

/**
 * Stores on each entity which bureaus' pledges point to it (`bureauIds`, sorted) and how many
 * (`bureauCount`; both absent when none): sharedByBureaus reads them instead of aggregating the
 * whole graph per call. Run in the same transaction as every write that adds or removes
 * pledges' relationships: for all entities (the loader, ids null), or for the ends of the
 * relationships written (ingestDocument) and whatever a pledge among them points to (a new MADE
 * changes its targets' bureaus). Derived data: never in the seeds, rebuilt by every load.
 */
const ENDS = `UNWIND $ids AS id
MATCH (x:Entity {id: id})
CALL (x) {
  RETURN x AS e
  UNION
  MATCH (x)-->(e:Entity) WHERE x:Pledge
  RETURN e
}
WITH DISTINCT e`;

export function bureauReachQuery(ids: string[] | null): CypherQuery {
  return {
    cypher: `
${ids === null ? 'MATCH (e:Entity)' : ENDS}
CALL (e) {
  OPTIONAL MATCH (b:Bureau)-[:MADE]->(:Pledge)-->(e)
  WITH DISTINCT b.id AS bureauId ORDER BY bureauId
  RETURN collect(bureauId) AS bureauIds
}
SET e.bureauIds = CASE WHEN bureauIds = [] THEN null ELSE bureauIds END,
    e.bureauCount = CASE WHEN bureauIds = [] THEN null ELSE size(bureauIds) END`.trim(),
    params: ids === null ? {} : { ids },
  };
}

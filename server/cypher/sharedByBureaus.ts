import type { CypherQuery } from '../db/CypherQuery.js';
import { nodeProjection } from './fragments.js';

export interface SharedByBureausInput {
  kinds: string[] | null;
  minBureaus: number;
  /** How many entities at most (the most shared); null: all of them (the CSV export). */
  limit: number | null;
  /** Whether to fetch the pledges themselves: the heavy part, skipped when the request does not ask for them. */
  withPledges: boolean;
}

/**
 * Entities that pledges of at least `minBureaus` bureaus point to (any pledge relationship:
 * concerns, targets, partners, destined for, assigned by), with those bureaus and pledges.
 * Most-shared first, then by name. Starts from each entity's stored bureau count and ids
 * (cypher/bureauReach.ts keeps them with every write), so the graph is not aggregated per call:
 * the range index on bureauCount finds the candidates and only the answer's pledges are read.
 */
export function sharedByBureausQuery({ kinds, minBureaus, limit, withPledges }: SharedByBureausInput): CypherQuery {
  const pledges = withPledges
    ? `
CALL (e) {
  MATCH (b:Bureau)-[:MADE]->(p:Pledge)-->(e)
  WITH DISTINCT b, p ORDER BY b.id, p.position
  RETURN collect(properties(p)) AS pledges
}`
    : '\nWITH e, bureaus, [] AS pledges';
  return {
    cypher: `
MATCH (e:Entity) WHERE e.bureauCount >= $minBureaus AND ($kinds IS NULL OR e.kind IN $kinds)
WITH e ORDER BY e.bureauCount DESC, e.name, e.id${limit === null ? '' : '\nLIMIT $limit'}
CALL (e) {
  UNWIND e.bureauIds AS bureauId
  MATCH (b:Entity {id: bureauId}) WHERE b:Bureau
  WITH b ORDER BY b.id
  RETURN collect(properties(b)) AS bureaus
}${pledges}
RETURN ${nodeProjection('e')} AS entity, bureaus, pledges
ORDER BY e.bureauCount DESC, entity.name, entity.id`.trim(),
    params: { kinds, minBureaus, ...(limit === null ? {} : { limit }) },
  };
}

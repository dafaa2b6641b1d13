import type { CypherQuery } from '../db/CypherQuery.js';
import { nodeProjection } from './fragments.js';

/**
 * Entities that pledges of at least `minBureaus` bureaus point to (any pledge relationship:
 * concerns, targets, partners, destined for, assigned by), with those bureaus and pledges.
 * Most-shared first, then by name.
 */
export function sharedByBureausQuery(kinds: string[] | null, minBureaus: number): CypherQuery {
  return {
    cypher: `
MATCH (b:Bureau)-[:MADE]->(p:Pledge)-->(e:Entity)
WHERE $kinds IS NULL OR e.kind IN $kinds
WITH e, b, p ORDER BY b.id, p.position
WITH e, collect(DISTINCT b) AS bureaus, collect(DISTINCT p) AS pledges
WHERE size(bureaus) >= $minBureaus
RETURN ${nodeProjection('e')} AS entity, [b IN bureaus | properties(b)] AS bureaus, [p IN pledges | properties(p)] AS pledges
ORDER BY size(bureaus) DESC, entity.name, entity.id`.trim(),
    params: { kinds, minBureaus },
  };
}

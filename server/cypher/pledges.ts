import type { CypherQuery } from '../db/CypherQuery.js';

/**
 * Pledges of one bureau (or all), in the article's reading order. `bureauFound` tells an
 * unknown bureau id from a bureau without pledges, in the same round trip.
 */
export function pledgesQuery(bureauId: string | null): CypherQuery {
  return {
    cypher: `
OPTIONAL MATCH (bureau:Bureau {id: $bureauId})
CALL {
  WITH bureau
  MATCH (b:Bureau)-[:MADE]->(p:Pledge)
  WHERE $bureauId IS NULL OR b = bureau
  WITH p ORDER BY p.position, p.id
  RETURN collect(properties(p)) AS pledges
}
RETURN $bureauId IS NULL OR bureau IS NOT NULL AS bureauFound, pledges`.trim(),
    params: { bureauId },
  };
}

import type { CypherQuery } from '../db/CypherQuery.js';
import { projectionOf } from './fragments.js';

/**
 * Pledges of one bureau (or all), in the article's reading order. `bureauFound` tells an
 * unknown bureau id from a bureau without pledges, in the same round trip. One bureau's pledges
 * start from that bureau (not from every bureau's pledges, filtered after). `props` names the
 * stored properties to read (all an answer may need without it): a hub bureau has thousands.
 */
export function pledgesQuery(bureauId: string | null, { props }: { props?: readonly string[] } = {}): CypherQuery {
  return {
    cypher: `
OPTIONAL MATCH (bureau:Bureau {id: $bureauId})
CALL {
  WITH bureau
  ${bureauId === null ? 'MATCH (:Bureau)' : 'WITH bureau AS b WHERE b IS NOT NULL\n  MATCH (b)'}-[:MADE]->(p:Pledge)
  WITH p ORDER BY p.position, p.id
  RETURN collect(${projectionOf(props)('p')}) AS pledges
}
RETURN $bureauId IS NULL OR bureau IS NOT NULL AS bureauFound, pledges`.trim(),
    params: { bureauId },
  };
}

import type { CypherQuery } from '../db/CypherQuery.js';
import { afterFound, limitClause, limitParam, projectionOf, type Page } from './fragments.js';

/** What pledgesQuery reads: the properties (all an answer may need without them) and one page, in reading order. */
export interface PledgesOptions extends Page {
  props?: readonly string[];
}

/**
 * Pledges of one bureau (or all), in reading order (position, then id). `bureauFound` tells an
 * unknown bureau id from a bureau without pledges, `afterFound` an unknown `after` from a last
 * page, in the same round trip. One bureau's pledges start from that bureau (not from every
 * bureau's pledges, filtered after); a page is a keyset after `after`, so a later page costs
 * what the first does. `props` names the stored properties to read: a hub bureau has thousands.
 */
export function pledgesQuery(bureauId: string | null, { props, limit = null, after = null }: PledgesOptions = {}): CypherQuery {
  return {
    cypher: `
OPTIONAL MATCH (bureau:Bureau {id: $bureauId})
OPTIONAL MATCH (cursor:Entity {id: $after}) WHERE cursor:Pledge
CALL {
  WITH bureau, cursor
  ${bureauId === null ? 'MATCH (:Bureau)' : 'WITH bureau AS b, cursor WHERE b IS NOT NULL\n  MATCH (b)'}-[:MADE]->(p:Pledge)${after === null ? '' : '\n  WHERE p.position > cursor.position OR (p.position = cursor.position AND p.id > cursor.id)'}
  WITH p ORDER BY p.position, p.id${limitClause(limit, '  ')}
  RETURN collect(${projectionOf(props)('p')}) AS pledges
}
RETURN $bureauId IS NULL OR bureau IS NOT NULL AS bureauFound, ${afterFound}, pledges`.trim(),
    params: { bureauId, after, ...limitParam(limit) },
  };
}

import type { CypherQuery } from '../db/CypherQuery.js';
import { nodeProjection } from './fragments.js';

/** Entities of some kinds (or all), in the article's reading order, then by id. */
export function entitiesQuery(kinds: string[] | null, limit: number): CypherQuery {
  return {
    cypher: `
MATCH (n:Entity)
WHERE $kinds IS NULL OR n.kind IN $kinds
WITH n ORDER BY n.position, n.id
LIMIT $limit
RETURN collect(${nodeProjection('n')}) AS nodes`.trim(),
    params: { kinds, limit },
  };
}

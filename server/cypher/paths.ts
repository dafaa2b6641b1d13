import type { CypherQuery } from '../db/CypherQuery.js';
import { edgeProjection, nodeProjection } from './fragments.js';

/** The most paths one answer carries; all shortest paths between two hubs can be many. */
export const MAX_PATHS = 100;

/** The longest path searched; maxHops (1..MAX_HOPS) filters below it. */
export const MAX_HOPS = 8;

/**
 * All shortest paths between two entities, ignoring direction, of at most maxHops. A
 * variable-length bound cannot be a parameter, so the search always runs to MAX_HOPS and the
 * length is filtered by $maxHops: all shortest paths share one length, so the answer is the
 * same, and no argument is ever written into the Cypher. Each path's nodes and edges come in
 * order from `from` to `to`.
 */
export function pathsQuery(from: string, to: string, maxHops: number): CypherQuery {
  return {
    cypher: `
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL {
  WITH a, b
  // Filtered before matching: shortest paths from a node to itself are an error in Neo4j.
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = allShortestPaths((a)-[*..${MAX_HOPS}]-(b))
  WHERE length(p) <= $maxHops
  WITH p LIMIT ${MAX_PATHS}
  RETURN collect({
    nodes: [n IN nodes(p) | ${nodeProjection('n')}],
    edges: [r IN relationships(p) | ${edgeProjection('r')}]
  }) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, a = b AS same,
       CASE WHEN a = b THEN ${nodeProjection('a')} END AS single, paths`.trim(),
    params: { from, to, maxHops },
  };
}

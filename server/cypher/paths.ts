import type { CypherQuery } from '../db/CypherQuery.js';
import { edgeProjection, nodeProjection } from './fragments.js';

/** The most paths one answer carries; all shortest paths between two hubs can be many. */
export const MAX_PATHS = 100;

/** The longest path one may ask for (maxHops 1..MAX_HOPS). */
export const MAX_HOPS = 8;

/**
 * All shortest paths between two entities, ignoring direction, of at most maxHops. A
 * variable-length bound cannot be a parameter, and a search to MAX_HOPS filtered afterwards
 * would read what eight hops reach even when one asked for two (what the cost limit counts).
 * So maxHops is written into the text, after it is checked to be one of MAX_HOPS small
 * integers: at most eight cached plans, and nothing a client typed. Each path's nodes and edges
 * come in order from `from` to `to`.
 */
export function pathsQuery(from: string, to: string, maxHops: number): CypherQuery {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) throw new RangeError(`maxHops must be an integer from 1 to ${MAX_HOPS}`);
  return {
    cypher: `
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL {
  WITH a, b
  // Filtered before matching: shortest paths from a node to itself are an error in Neo4j.
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = allShortestPaths((a)-[*..${maxHops}]-(b))
  WITH p LIMIT ${MAX_PATHS}
  RETURN collect({
    nodes: [n IN nodes(p) | ${nodeProjection('n')}],
    edges: [r IN relationships(p) | ${edgeProjection('r')}]
  }) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, a = b AS same,
       CASE WHEN a = b THEN ${nodeProjection('a')} END AS single, paths`.trim(),
    params: { from, to },
  };
}

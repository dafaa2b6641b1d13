import type { CypherQuery } from '../db/CypherQuery.js';
import { documentFound, edgeProjection, inScope, isScoped, nodeProjection, NO_SCOPE, type DocumentScope } from './fragments.js';

export const MAX_DEPTH = 3;

/**
 * With a kinds filter the walk crosses nodes it will not return, so `limit` alone does not
 * bound it: it may know at most this many times `limit` nodes before it stops expanding (the
 * answer then says it was truncated). The cost limit counts the same factor.
 */
export const KINDS_WALK_FACTOR = 4;

export interface NeighborhoodArgs {
  ids: string[];
  /** 1..MAX_DEPTH, checked by the resolver. */
  depth: number;
  kinds: string[] | null;
  limit: number;
  /** Only nodes (besides the given ids) and relationships citing these documents (absent: all). */
  scope?: DocumentScope;
}

/** How many nodes the walk may know before it stops expanding. */
export function walkCap({ kinds, limit }: Pick<NeighborhoodArgs, 'kinds' | 'limit'>): number {
  return kinds ? limit * KINDS_WALK_FACTOR : limit;
}

/**
 * Breadth-first, one level per subquery, so that each node gets its distance (nearest first
 * decides the cut) and a level is only expanded while the result is not yet full — a depth-3
 * request on a hub stops growing once `limit` nodes are known (`walkCap` with a kinds filter).
 * A level keeps at most `walkCap` + 1 new nodes, the smallest ids: without a kinds filter the
 * answer is the same as keeping them all; with one, a cut answer lists the matching nodes among
 * those.
 * Then every relationship among the kept nodes. Unknown ids come back in `missing` so that the
 * caller can name them; when none of the ids exists the query returns no row.
 */
export function neighborhoodQuery(args: NeighborhoodArgs): CypherQuery {
  const { ids, depth, kinds, limit, scope = NO_SCOPE } = args;
  // Added only when asked for, so the unscoped query (and its plan) stays as it was.
  const scoped = isScoped(scope);
  // The same text for every depth (levels beyond $depth expand nothing): one cached plan, and
  // no argument is ever written into the Cypher.
  const levels = Array.from({ length: MAX_DEPTH }, (_, i) => i + 1)
    .map(
      (level) => `
CALL {
  WITH found, frontier
  // The known nodes listed once: written inside the filter, the list was rebuilt for every node.
  WITH frontier, [x IN found | x.node] AS known, $depth < ${level} OR size(found) > $walkCap
    OR size([x IN found WHERE $kinds IS NULL OR x.node.kind IN $kinds]) > $limit AS full
  UNWIND CASE WHEN full THEN [] ELSE frontier END AS f
  MATCH (f)--(n:Entity) WHERE NOT n IN known
  // Past $walkCap the walk stops and the cut keeps the smallest ids: a hub's other neighbours
  // are never carried further (a bureau with 10k pledges gives 301 rows here, not 10k).
  WITH DISTINCT n ORDER BY n.id LIMIT $walkCap + 1
  // No grouping key: one row even when nothing is expanded, so the outer row survives.
  RETURN collect(n) AS fresh
}
// Cut: the level could not be expanded for the cap, or dropped nodes past it.
WITH seeds, found, fresh, cut OR size(fresh) > $walkCap OR ($depth >= ${level} AND size(frontier) > 0 AND size(found) > $walkCap) AS cut
WITH seeds, cut, found + [n IN fresh | { node: n, distance: ${level} }] AS found, fresh AS frontier`,
    )
    .join('');
  return {
    cypher: `
MATCH (s:Entity) WHERE s.id IN $ids
WITH collect(s) AS seeds
WITH seeds, [s IN seeds | { node: s, distance: 0 }] AS found, seeds AS frontier, false AS cut${levels}
WITH seeds, cut, [x IN found WHERE ${scoped ? `x.distance = 0 OR (($kinds IS NULL OR x.node.kind IN $kinds) AND ${inScope('x.node')})` : 'x.distance = 0 OR $kinds IS NULL OR x.node.kind IN $kinds'}] AS kept
UNWIND kept AS x
WITH seeds, cut, x ORDER BY x.distance, x.node.id
WITH seeds, cut, collect(x.node) AS ordered
WITH seeds, ordered[..$limit] AS nodes, cut OR size(ordered) > $limit AS truncated
CALL {
  WITH nodes
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN nodes${scoped ? ` AND ${inScope('r')}` : ''}
  RETURN collect(${edgeProjection('r')}) AS edges
}
WITH nodes, edges, truncated, [s IN seeds | s.id] AS seedIds
RETURN [n IN nodes | ${nodeProjection('n')}] AS nodes, edges, truncated,
       [id IN $ids WHERE NOT id IN seedIds] AS missing${scoped ? `, ${documentFound} AS documentFound` : ''}`.trim(),
    params: { ids, kinds, limit, depth, walkCap: walkCap(args), ...(scoped ? scope : {}) },
  };
}

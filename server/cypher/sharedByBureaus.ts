import type { CypherQuery } from '../db/CypherQuery.js';
import { limitClause, limitParam, projectionOf } from './fragments.js';

export interface SharedByBureausInput {
  kinds: string[] | null;
  minBureaus: number;
  /** How many entities at most (the most shared); null: all of them (the CSV export). */
  limit: number | null;
  /** Whether to fetch the pledges themselves: the heavy part, skipped when the request does not ask for them. */
  withPledges: boolean;
  /** The stored properties to read of every node (resolvers/storedProps.ts); all an answer may need without them. */
  props?: readonly string[];
}

/**
 * Entities that pledges of at least `minBureaus` bureaus point to (any pledge relationship:
 * concerns, targets, partners, destined for, assigned by), with those bureaus and pledges.
 * Most-shared first, then by name. Starts from each entity's stored bureau count and ids
 * (cypher/bureauReach.ts keeps them with every write), so the graph is not aggregated per call:
 * the range index on bureauCount finds the candidates and only the answer's pledges are read.
 * One row: the entities in order (`at`, their rank) with their bureaus' ids, and each bureau's
 * properties once — hundreds of entities share the same few tens of bureaus, whose properties
 * repeated per entity made most of the answer (server/sharing/readSharedByBureaus.ts joins them).
 */
export function sharedByBureausQuery({ kinds, minBureaus, limit, withPledges, props }: SharedByBureausInput): CypherQuery {
  const project = projectionOf(props);
  const pledges = withPledges
    ? `
  CALL (e) {
    MATCH (b:Bureau)-[:MADE]->(p:Pledge)-->(e)
    WITH DISTINCT b, p ORDER BY b.id, p.position
    RETURN collect(${project('p')}) AS pledges
  }`
    : '\n  WITH at, e, [] AS pledges';
  return {
    cypher: `
MATCH (e:Entity) WHERE e.bureauCount >= $minBureaus AND ($kinds IS NULL OR e.kind IN $kinds)
WITH e ORDER BY e.bureauCount DESC, e.name, e.id${limitClause(limit)}
WITH collect(e) AS shared
CALL (shared) {
  UNWIND shared AS e
  UNWIND e.bureauIds AS bureauId
  WITH DISTINCT bureauId
  MATCH (b:Entity {id: bureauId}) WHERE b:Bureau
  RETURN collect(${project('b')}) AS bureaus
}
CALL (shared) {
  UNWIND range(0, size(shared) - 1) AS at
  WITH at, shared[at] AS e${pledges}
  RETURN collect({ at: at, entity: ${project('e')}, bureauIds: e.bureauIds, pledges: pledges }) AS entries
}
RETURN entries, bureaus`.trim(),
    params: { kinds, minBureaus, ...limitParam(limit) },
  };
}

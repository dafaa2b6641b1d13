import type { CypherQuery } from '../db/CypherQuery.js';

/**
 * Nodes per kind and relationships per type, in one round trip. Kinds are reported as the
 * EntityKind enum values (BUREAU, …) so that clients can use them as filter arguments as is.
 */
export function statsQuery(): CypherQuery {
  return {
    cypher: `
CALL {
  MATCH (n:Entity)
  WITH [label IN labels(n) WHERE label <> 'Entity'][0] AS label, count(*) AS count
  RETURN collect({ key: toUpper(label), count: count }) AS kinds
}
CALL {
  MATCH (:Entity)-[r]->(:Entity)
  WITH type(r) AS type, count(*) AS count
  RETURN collect({ key: type, count: count }) AS relationships
}
RETURN kinds, relationships`.trim(),
    params: {},
  };
}

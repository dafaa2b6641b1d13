import type { CypherQuery } from '../db/CypherQuery.js';

/** Seeded walkthroughs first, in the order of their seed files; then users' ones, newest first. */
export function walkthroughsQuery(): CypherQuery {
  return {
    cypher:
      "MATCH (w:Walkthrough) RETURN properties(w) AS walkthrough ORDER BY CASE w.origin WHEN 'USER' THEN 1 ELSE 0 END, w.position, w.updatedAt DESC, w.id",
    params: {},
  };
}

export function walkthroughQuery(id: string): CypherQuery {
  return { cypher: 'MATCH (w:Walkthrough {id: $id}) RETURN properties(w) AS walkthrough', params: { id } };
}

/** Who owns the walkthrough `id` (no row: there is none); unmarked ones are seeds from an older store. */
export function walkthroughOriginQuery(id: string): CypherQuery {
  return { cypher: "MATCH (w:Walkthrough {id: $id}) RETURN coalesce(w.origin, 'SEED') AS origin", params: { id } };
}

/** Which of `ids` name no entity: one lookup for every id of every step. */
export function missingEntitiesQuery(ids: string[]): CypherQuery {
  return {
    cypher: 'UNWIND $ids AS id OPTIONAL MATCH (e:Entity {id: id}) WITH id, e WHERE e IS NULL RETURN collect(DISTINCT id) AS missing',
    params: { ids },
  };
}

/** The ids already taken among `base`, `base-2`, `base-3` …, to give a new walkthrough a free one. */
export function takenWalkthroughIdsQuery(base: string): CypherQuery {
  return {
    cypher: 'MATCH (w:Walkthrough) WHERE w.id = $base OR w.id STARTS WITH $prefix RETURN collect(w.id) AS taken',
    params: { base, prefix: `${base}-` },
  };
}

/**
 * Creates a walkthrough. CREATE, not MERGE: should another save have taken the id meanwhile, the
 * unique constraint refuses this one instead of writing over the other's.
 */
export function createWalkthroughQuery(props: Record<string, unknown> & { id: string }): CypherQuery {
  return { cypher: 'CREATE (w:Walkthrough) SET w = $props RETURN properties(w) AS walkthrough', params: { props } };
}

/** Replaces a user's walkthrough as a whole (every property is `props`); a seeded one is never matched. */
export function replaceWalkthroughQuery(props: Record<string, unknown> & { id: string }): CypherQuery {
  return {
    cypher: "MATCH (w:Walkthrough {id: $id}) WHERE w.origin = 'USER' SET w = $props RETURN properties(w) AS walkthrough",
    params: { id: props.id, props },
  };
}

/** Deletes a user's walkthrough; a seeded one is never matched. */
export function deleteWalkthroughQuery(id: string): CypherQuery {
  return { cypher: "MATCH (w:Walkthrough {id: $id}) WHERE w.origin = 'USER' DETACH DELETE w RETURN count(*) AS deleted", params: { id } };
}

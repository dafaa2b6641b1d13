import type { CypherQuery } from '../db/CypherQuery.js';

/** The presentation walkthroughs, in the order of their seed files. */
export function walkthroughsQuery(): CypherQuery {
  return { cypher: 'MATCH (w:Walkthrough) RETURN properties(w) AS walkthrough ORDER BY w.position, w.id', params: {} };
}

import type { CypherQuery } from '../db/CypherQuery.js';

/** One entity by id, all its properties (a document with its full text). */
export function entityQuery(id: string): CypherQuery {
  return { cypher: 'MATCH (n:Entity {id: $id}) RETURN properties(n) AS node', params: { id } };
}

/** One document by id, with its full text, for the reading view. */
export function documentQuery(id: string): CypherQuery {
  return { cypher: 'MATCH (n:Document {id: $id}) RETURN properties(n) AS node', params: { id } };
}

/** What every query builder returns: Cypher text with $parameters, never values spliced in. */
export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

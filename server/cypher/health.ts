import type { CypherQuery } from '../db/CypherQuery.js';

/** Property values of any type, read in full: a string's or a list's length, else 1. */
const readValue = (value: string) => `CASE WHEN ${value} IS :: STRING OR ${value} IS :: LIST<ANY> THEN size(${value}) ELSE 1 END`;

/**
 * What /health and the start-up check read: every property value of every node and
 * relationship (the article graph is a few hundred of each; 10,000 bounds a bigger one), and one
 * hit of each full-text index. A damaged record in any store file, or a broken index, fails here
 * as it would fail the answer that reads it, not only a ping or a count: a summary that cannot be
 * read once let /health say 200 while every `entities` answer failed.
 */
export function healthQuery(): CypherQuery {
  return {
    cypher: `
CALL {
  MATCH (n:Entity)
  RETURN count(n) AS entities
}
CALL {
  MATCH (n)
  WITH n LIMIT 10000
  UNWIND keys(n) AS key
  WITH n[key] AS value
  RETURN sum(${readValue('value')}) AS nodeValues
}
CALL {
  MATCH ()-[r]->()
  WITH r LIMIT 10000
  UNWIND keys(r) AS key
  WITH r[key] AS value
  RETURN sum(${readValue('value')}) AS relationshipValues
}
CALL {
  CALL db.index.fulltext.queryNodes('entity_text_en', 'a*') YIELD node
  WITH node LIMIT 1
  RETURN count(node) AS en
}
CALL {
  CALL db.index.fulltext.queryNodes('entity_text_zh', '区') YIELD node
  WITH node LIMIT 1
  RETURN count(node) AS zh
}
RETURN entities, nodeValues, relationshipValues, en, zh`.trim(),
    params: {},
  };
}

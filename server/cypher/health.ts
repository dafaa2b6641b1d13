import type { CypherQuery } from '../db/CypherQuery.js';

/**
 * What /health reads: the properties of up to 1,000 entities (the whole article graph) and one
 * hit of each full-text index. A store that opens but cannot be read, or a broken index, fails
 * here as it would fail a user's search, not only a ping.
 */
export function healthQuery(): CypherQuery {
  return {
    cypher: `
CALL {
  MATCH (n:Entity)
  WITH n LIMIT 1000
  RETURN count(n) AS entities, sum(size(n.id) + size(coalesce(n.name, '')) + size(coalesce(n.sources, ''))) AS read
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
RETURN entities, read, en, zh`.trim(),
    params: {},
  };
}

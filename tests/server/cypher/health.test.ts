import { describe, expect, it } from 'vitest';
import { healthQuery } from '../../../server/cypher/health.js';

describe('healthQuery', () => {
  it('reads every property value of the graph and asks both full-text indexes, with no parameter', () => {
    expect(healthQuery()).toMatchInlineSnapshot(`
      {
        "cypher": "CALL {
        MATCH (n:Entity)
        RETURN count(n) AS entities
      }
      CALL {
        MATCH (n)
        WITH n LIMIT 10000
        UNWIND keys(n) AS key
        WITH n[key] AS value
        RETURN sum(CASE WHEN value IS :: STRING OR value IS :: LIST<ANY> THEN size(value) ELSE 1 END) AS nodeValues
      }
      CALL {
        MATCH ()-[r]->()
        WITH r LIMIT 10000
        UNWIND keys(r) AS key
        WITH r[key] AS value
        RETURN sum(CASE WHEN value IS :: STRING OR value IS :: LIST<ANY> THEN size(value) ELSE 1 END) AS relationshipValues
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
      RETURN entities, nodeValues, relationshipValues, en, zh",
        "params": {},
      }
    `);
  });
});

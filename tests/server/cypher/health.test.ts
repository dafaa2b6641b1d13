import { describe, expect, it } from 'vitest';
import { healthQuery } from '../../../server/cypher/health.js';

describe('healthQuery', () => {
  it('reads properties of the graph and asks both full-text indexes, with no parameter', () => {
    expect(healthQuery()).toMatchInlineSnapshot(`
      {
        "cypher": "CALL {
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
      RETURN entities, read, en, zh",
        "params": {},
      }
    `);
  });
});

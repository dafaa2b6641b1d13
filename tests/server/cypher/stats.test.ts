import { describe, expect, it } from 'vitest';
import { statsQuery } from '../../../server/cypher/stats.js';

describe('statsQuery', () => {
  it('counts kinds and relationship types in one parameterless query', () => {
    expect(statsQuery()).toMatchInlineSnapshot(`
      {
        "cypher": "CALL {
        MATCH (n:Entity)
        WITH [label IN labels(n) WHERE label <> 'Entity'][0] AS label, count(*) AS count
        RETURN collect({ key: toUpper(label), count: count }) AS kinds
      }
      CALL {
        MATCH (:Entity)-[r]->(:Entity)
        WITH type(r) AS type, count(*) AS count
        RETURN collect({ key: type, count: count }) AS relationships
      }
      RETURN kinds, relationships",
        "params": {},
      }
    `);
  });
});

import { describe, expect, it } from 'vitest';
import { sharedByBureausQuery } from '../../../server/cypher/sharedByBureaus.js';

describe('sharedByBureausQuery', () => {
  it('groups the pledges of two or more bureaus by what they concern', () => {
    expect(sharedByBureausQuery(['PROJECT', 'PLACE'], 2)).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (b:Bureau)-[:MADE]->(p:Pledge)-->(e:Entity)
      WHERE $kinds IS NULL OR e.kind IN $kinds
      WITH e, b, p ORDER BY b.id, p.position
      WITH e, collect(DISTINCT b) AS bureaus, collect(DISTINCT p) AS pledges
      WHERE size(bureaus) >= $minBureaus
      RETURN e { .*, text: CASE WHEN e:Document THEN null ELSE e.text END } AS entity, [b IN bureaus | properties(b)] AS bureaus, [p IN pledges | properties(p)] AS pledges
      ORDER BY size(bureaus) DESC, entity.name, entity.id",
        "params": {
          "kinds": [
            "PROJECT",
            "PLACE",
          ],
          "minBureaus": 2,
        },
      }
    `);
  });
});

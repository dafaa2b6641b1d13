import { describe, expect, it } from 'vitest';
import { pledgesQuery } from '../../../server/cypher/pledges.js';

describe('pledgesQuery', () => {
  it('lists pledges, of one bureau or all', () => {
    expect(pledgesQuery(null)).toMatchInlineSnapshot(`
      {
        "cypher": "OPTIONAL MATCH (bureau:Bureau {id: $bureauId})
      CALL {
        WITH bureau
        MATCH (b:Bureau)-[:MADE]->(p:Pledge)
        WHERE $bureauId IS NULL OR b = bureau
        WITH p ORDER BY p.position, p.id
        RETURN collect(properties(p)) AS pledges
      }
      RETURN $bureauId IS NULL OR bureau IS NOT NULL AS bureauFound, pledges",
        "params": {
          "bureauId": null,
        },
      }
    `);
  });
});

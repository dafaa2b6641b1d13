import { describe, expect, it } from 'vitest';
import { investmentTargetsQuery } from '../../../server/cypher/investmentTargets.js';

describe('investmentTargetsQuery', () => {
  it('lists courted parties with their bureaus, pledges and destinations', () => {
    expect(investmentTargetsQuery('bureau:investment-promotion')).toMatchInlineSnapshot(`
      {
        "cypher": "OPTIONAL MATCH (bureau:Bureau {id: $bureauId})
      CALL {
        WITH bureau
        MATCH (b:Bureau)-[:MADE]->(p:Pledge)-[rel:TARGETS|PARTNERS]->(e:Entity)
        WHERE (e:Enterprise OR e:Institution) AND ($bureauId IS NULL OR b = bureau)
        OPTIONAL MATCH (p)-[:DESTINED_FOR]->(d:Entity)
        WITH e, b, p, rel, d ORDER BY b.id, p.position, d.position
        WITH e, collect(DISTINCT b) AS bureaus, collect(DISTINCT p) AS pledges, collect(DISTINCT d) AS destinations,
             collect(DISTINCT type(rel)) AS relations
        RETURN collect({
          enterprise: e { .*, text: CASE WHEN e:Document THEN null ELSE e.text END },
          bureaus: [b IN bureaus | properties(b)],
          pledges: [p IN pledges | properties(p)],
          destinations: [d IN destinations | d { .*, text: CASE WHEN d:Document THEN null ELSE d.text END }],
          relations: relations
        }) AS targets
      }
      RETURN $bureauId IS NULL OR bureau IS NOT NULL AS bureauFound, targets",
        "params": {
          "bureauId": "bureau:investment-promotion",
        },
      }
    `);
  });
});

import { describe, expect, it } from 'vitest';
import { bureauReachQuery } from '../../../server/cypher/bureauReach.js';

describe('bureauReachQuery', () => {
  it('recounts every entity after a load', () => {
    expect(bureauReachQuery(null)).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (e:Entity)
      CALL (e) {
        OPTIONAL MATCH (b:Bureau)-[:MADE]->(:Pledge)-->(e)
        WITH DISTINCT b.id AS bureauId ORDER BY bureauId
        RETURN collect(bureauId) AS bureauIds
      }
      SET e.bureauIds = CASE WHEN bureauIds = [] THEN null ELSE bureauIds END,
          e.bureauCount = CASE WHEN bureauIds = [] THEN null ELSE size(bureauIds) END",
        "params": {},
      }
    `);
  });

  it('recounts the ends of written relationships and what a pledge among them points to', () => {
    expect(bureauReachQuery(['pledge:x', 'project:y'])).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (x:Entity {id: id})
      CALL (x) {
        RETURN x AS e
        UNION
        MATCH (x)-->(e:Entity) WHERE x:Pledge
        RETURN e
      }
      WITH DISTINCT e
      CALL (e) {
        OPTIONAL MATCH (b:Bureau)-[:MADE]->(:Pledge)-->(e)
        WITH DISTINCT b.id AS bureauId ORDER BY bureauId
        RETURN collect(bureauId) AS bureauIds
      }
      SET e.bureauIds = CASE WHEN bureauIds = [] THEN null ELSE bureauIds END,
          e.bureauCount = CASE WHEN bureauIds = [] THEN null ELSE size(bureauIds) END",
        "params": {
          "ids": [
            "pledge:x",
            "project:y",
          ],
        },
      }
    `);
  });
});

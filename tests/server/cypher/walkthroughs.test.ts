import { describe, expect, it } from 'vitest';
import {
  deleteWalkthroughQuery,
  missingEntitiesQuery,
  createWalkthroughQuery,
  replaceWalkthroughQuery,
  takenWalkthroughIdsQuery,
  walkthroughOriginQuery,
  walkthroughQuery,
  walkthroughsQuery,
} from '../../../server/cypher/walkthroughs.js';

describe('walkthrough reads', () => {
  it('reads seeded walkthroughs in order, then users’ ones newest first', () => {
    expect(walkthroughsQuery()).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (w:Walkthrough) RETURN properties(w) AS walkthrough ORDER BY CASE w.origin WHEN 'USER' THEN 1 ELSE 0 END, w.position, w.updatedAt DESC, w.id",
        "params": {},
      }
    `);
  });

  it('reads one walkthrough and its owner by id', () => {
    expect(walkthroughQuery('walkthrough:a')).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (w:Walkthrough {id: $id}) RETURN properties(w) AS walkthrough",
        "params": {
          "id": "walkthrough:a",
        },
      }
    `);
    expect(walkthroughOriginQuery('walkthrough:a')).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (w:Walkthrough {id: $id}) RETURN coalesce(w.origin, 'SEED') AS origin",
        "params": {
          "id": "walkthrough:a",
        },
      }
    `);
  });
});

describe('walkthrough writes', () => {
  it('looks every focus id up at once', () => {
    expect(missingEntitiesQuery(['bureau:a', 'place:b'])).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id OPTIONAL MATCH (e:Entity {id: id}) WITH id, e WHERE e IS NULL RETURN collect(DISTINCT id) AS missing",
        "params": {
          "ids": [
            "bureau:a",
            "place:b",
          ],
        },
      }
    `);
  });

  it('finds the ids taken among base, base-2 …', () => {
    expect(takenWalkthroughIdsQuery('walkthrough:tour')).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (w:Walkthrough) WHERE w.id = $base OR w.id STARTS WITH $prefix RETURN collect(w.id) AS taken",
        "params": {
          "base": "walkthrough:tour",
          "prefix": "walkthrough:tour-",
        },
      }
    `);
  });

  it('creates a walkthrough without taking over one of the same id', () => {
    expect(createWalkthroughQuery({ id: 'walkthrough:tour', title: 'Tour', steps: '[]', origin: 'USER' })).toMatchInlineSnapshot(`
      {
        "cypher": "CREATE (w:Walkthrough) SET w = $props RETURN properties(w) AS walkthrough",
        "params": {
          "props": {
            "id": "walkthrough:tour",
            "origin": "USER",
            "steps": "[]",
            "title": "Tour",
          },
        },
      }
    `);
  });

  it('replaces every property of a user’s walkthrough', () => {
    expect(replaceWalkthroughQuery({ id: 'walkthrough:tour', title: 'Tour', steps: '[]', origin: 'USER' })).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (w:Walkthrough {id: $id}) WHERE w.origin = 'USER' SET w = $props RETURN properties(w) AS walkthrough",
        "params": {
          "id": "walkthrough:tour",
          "props": {
            "id": "walkthrough:tour",
            "origin": "USER",
            "steps": "[]",
            "title": "Tour",
          },
        },
      }
    `);
  });

  it('deletes only users’ walkthroughs', () => {
    expect(deleteWalkthroughQuery('walkthrough:tour')).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (w:Walkthrough {id: $id}) WHERE w.origin = 'USER' DETACH DELETE w RETURN count(*) AS deleted",
        "params": {
          "id": "walkthrough:tour",
        },
      }
    `);
  });

  it('passes hostile ids as parameters, never in the text', () => {
    const hostile = "walkthrough:x'}) DETACH DELETE w //";
    for (const query of [walkthroughQuery(hostile), walkthroughOriginQuery(hostile), deleteWalkthroughQuery(hostile), takenWalkthroughIdsQuery(hostile)]) {
      expect(query.cypher).not.toContain(hostile);
    }
  });
});

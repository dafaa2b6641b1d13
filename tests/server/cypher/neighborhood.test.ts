import { describe, expect, it } from 'vitest';
import { neighborhoodQuery } from '../../../server/cypher/neighborhood.js';

describe('neighborhoodQuery', () => {
  it('has one text for every depth: the depth is a parameter', () => {
    const [one, three] = [1, 3].map((depth) => neighborhoodQuery({ ids: ['place:shiqiao'], depth, kinds: null, limit: 300 }));
    expect(one!.cypher).toBe(three!.cypher);
    expect(one!.cypher.match(/MATCH \(f\)--\(n:Entity\)/g)).toHaveLength(3);
    expect(three).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (s:Entity) WHERE s.id IN $ids
      WITH collect(s) AS seeds
      WITH seeds, [s IN seeds | { node: s, distance: 0 }] AS found, seeds AS frontier, false AS cut
      CALL {
        WITH found, frontier
        // The known nodes listed once: written inside the filter, the list was rebuilt for every node.
        WITH frontier, [x IN found | x.node] AS known, $depth < 1 OR size(found) > $walkCap
          OR size([x IN found WHERE $kinds IS NULL OR x.node.kind IN $kinds]) > $limit AS full
        UNWIND CASE WHEN full THEN [] ELSE frontier END AS f
        MATCH (f)--(n:Entity) WHERE NOT n IN known
        // Past $walkCap the walk stops and the cut keeps the smallest ids: a hub's other neighbours
        // are never carried further (a bureau with 10k pledges gives 301 rows here, not 10k).
        WITH DISTINCT n ORDER BY n.id LIMIT $walkCap + 1
        // No grouping key: one row even when nothing is expanded, so the outer row survives.
        RETURN collect(n) AS fresh
      }
      // Cut: the level could not be expanded for the cap, or dropped nodes past it.
      WITH seeds, found, fresh, cut OR size(fresh) > $walkCap OR ($depth >= 1 AND size(frontier) > 0 AND size(found) > $walkCap) AS cut
      WITH seeds, cut, found + [n IN fresh | { node: n, distance: 1 }] AS found, fresh AS frontier
      CALL {
        WITH found, frontier
        // The known nodes listed once: written inside the filter, the list was rebuilt for every node.
        WITH frontier, [x IN found | x.node] AS known, $depth < 2 OR size(found) > $walkCap
          OR size([x IN found WHERE $kinds IS NULL OR x.node.kind IN $kinds]) > $limit AS full
        UNWIND CASE WHEN full THEN [] ELSE frontier END AS f
        MATCH (f)--(n:Entity) WHERE NOT n IN known
        // Past $walkCap the walk stops and the cut keeps the smallest ids: a hub's other neighbours
        // are never carried further (a bureau with 10k pledges gives 301 rows here, not 10k).
        WITH DISTINCT n ORDER BY n.id LIMIT $walkCap + 1
        // No grouping key: one row even when nothing is expanded, so the outer row survives.
        RETURN collect(n) AS fresh
      }
      // Cut: the level could not be expanded for the cap, or dropped nodes past it.
      WITH seeds, found, fresh, cut OR size(fresh) > $walkCap OR ($depth >= 2 AND size(frontier) > 0 AND size(found) > $walkCap) AS cut
      WITH seeds, cut, found + [n IN fresh | { node: n, distance: 2 }] AS found, fresh AS frontier
      CALL {
        WITH found, frontier
        // The known nodes listed once: written inside the filter, the list was rebuilt for every node.
        WITH frontier, [x IN found | x.node] AS known, $depth < 3 OR size(found) > $walkCap
          OR size([x IN found WHERE $kinds IS NULL OR x.node.kind IN $kinds]) > $limit AS full
        UNWIND CASE WHEN full THEN [] ELSE frontier END AS f
        MATCH (f)--(n:Entity) WHERE NOT n IN known
        // Past $walkCap the walk stops and the cut keeps the smallest ids: a hub's other neighbours
        // are never carried further (a bureau with 10k pledges gives 301 rows here, not 10k).
        WITH DISTINCT n ORDER BY n.id LIMIT $walkCap + 1
        // No grouping key: one row even when nothing is expanded, so the outer row survives.
        RETURN collect(n) AS fresh
      }
      // Cut: the level could not be expanded for the cap, or dropped nodes past it.
      WITH seeds, found, fresh, cut OR size(fresh) > $walkCap OR ($depth >= 3 AND size(frontier) > 0 AND size(found) > $walkCap) AS cut
      WITH seeds, cut, found + [n IN fresh | { node: n, distance: 3 }] AS found, fresh AS frontier
      WITH seeds, cut, [x IN found WHERE x.distance = 0 OR $kinds IS NULL OR x.node.kind IN $kinds] AS kept
      UNWIND kept AS x
      WITH seeds, cut, x ORDER BY x.distance, x.node.id
      WITH seeds, cut, collect(x.node) AS ordered
      WITH seeds, ordered[..$limit] AS nodes, cut OR size(ordered) > $limit AS truncated
      CALL {
        WITH nodes
        UNWIND nodes AS a
        MATCH (a)-[r]->(b:Entity)
        WHERE b IN nodes
        RETURN collect({ type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r) }) AS edges
      }
      WITH nodes, edges, truncated, [s IN seeds | s.id] AS seedIds
      RETURN [n IN nodes | n { .*, text: CASE WHEN n:Document THEN null ELSE n.text END, aliasesText: null, searchNames: null, searchKey: null, nameWords: null, nameHeads: null, pinyin: null, pinyinInitials: null, pinyinKey: null }] AS nodes, edges, truncated,
             [id IN $ids WHERE NOT id IN seedIds] AS missing",
        "params": {
          "depth": 3,
          "ids": [
            "place:shiqiao",
          ],
          "kinds": null,
          "limit": 300,
          "walkCap": 300,
        },
      }
    `);
  });
});

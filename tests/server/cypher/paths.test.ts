import { describe, expect, it } from 'vitest';
import { pathsQuery } from '../../../server/cypher/paths.js';

describe('pathsQuery', () => {
  it('finds all shortest paths up to maxHops, a checked integer in the text', () => {
    expect(pathsQuery('a', 'b', 2).cypher).toContain('[*..2]');
    for (const bad of [0, 9, 2.5, Number.NaN]) expect(() => pathsQuery('a', 'b', bad)).toThrow(RangeError);
    expect(pathsQuery('enterprise:zto-express', 'place:sihekou-port', 6)).toMatchInlineSnapshot(`
      {
        "cypher": "OPTIONAL MATCH (a:Entity {id: $from})
      OPTIONAL MATCH (b:Entity {id: $to})
      CALL {
        WITH a, b
        // Filtered before matching: shortest paths from a node to itself are an error in Neo4j.
        WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
        MATCH p = allShortestPaths((a)-[*..6]-(b))
        WITH p LIMIT 100
        RETURN collect({
          nodes: [n IN nodes(p) | n { .*, text: CASE WHEN n:Document THEN null ELSE n.text END, aliasesText: null, searchNames: null, searchKey: null, nameWords: null, nameHeads: null, pinyin: null, pinyinInitials: null, pinyinKey: null }],
          edges: [r IN relationships(p) | { type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r) }]
        }) AS paths
      }
      RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, a = b AS same,
             CASE WHEN a = b THEN a { .*, text: CASE WHEN a:Document THEN null ELSE a.text END, aliasesText: null, searchNames: null, searchKey: null, nameWords: null, nameHeads: null, pinyin: null, pinyinInitials: null, pinyinKey: null } END AS single, paths",
        "params": {
          "from": "enterprise:zto-express",
          "to": "place:sihekou-port",
        },
      }
    `);
  });
});

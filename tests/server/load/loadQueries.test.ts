import { describe, expect, it } from 'vitest';
import { graphWriteQueries, schemaQueries, storedGraphQuery } from '../../../server/load/loadQueries.js';

describe('loader Cypher', () => {
  it('creates the constraint and indexes idempotently', () => {
    const queries = schemaQueries();
    for (const { cypher } of queries) expect(cypher).toContain('IF NOT EXISTS');
    expect(queries.map((q) => q.cypher)).toMatchInlineSnapshot(`
      [
        "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
        "CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)",
        "CREATE TEXT INDEX entity_search_key IF NOT EXISTS FOR (n:Entity) ON (n.searchKey)",
        "CREATE CONSTRAINT walkthrough_id IF NOT EXISTS FOR (w:Walkthrough) REQUIRE w.id IS UNIQUE",
        "CREATE CONSTRAINT document_sha256 IF NOT EXISTS FOR (d:Document) REQUIRE d.sha256 IS UNIQUE",
        "CREATE FULLTEXT INDEX entity_text_zh IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasesText, n.summaryZh] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }",
        "CREATE FULLTEXT INDEX entity_text_en IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameEn, n.aliasesText, n.summary] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words' } }",
        "CREATE FULLTEXT INDEX entity_name_en IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameEn, n.aliasesText] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words' } }",
        "CREATE TEXT INDEX entity_pinyin_key IF NOT EXISTS FOR (n:Entity) ON (n.pinyinKey)",
        "CREATE INDEX entity_bureau_count IF NOT EXISTS FOR (n:Entity) ON (n.bureauCount)",
      ]
    `);
  });

  it('replaces the graph: delete what is gone, MERGE the rest by id, labels and types from the closed sets', () => {
    const queries = graphWriteQueries({
      nodes: [
        { id: 'bureau:a', label: 'Bureau', props: { id: 'bureau:a', name: '甲' } },
        { id: 'pledge:b', label: 'Pledge', props: { id: 'pledge:b', name: '乙', target: 10 } },
      ],
      edges: [{ id: 'bureau:a|MADE|pledge:b', type: 'MADE', from: 'bureau:a', to: 'pledge:b', props: { id: 'bureau:a|MADE|pledge:b' } }],
      walkthroughs: [{ id: 'walkthrough:w', props: { title: 'W', steps: '[]' } }],
    });
    expect(queries).toMatchInlineSnapshot(`
      [
        {
          "cypher": "MATCH (n:Entity) WHERE NOT n.id IN $ids AND coalesce(n.origin, 'SEED') <> 'USER' DETACH DELETE n",
          "params": {
            "ids": [
              "bureau:a",
              "pledge:b",
            ],
          },
        },
        {
          "cypher": "UNWIND $rows AS row MERGE (n:Entity {id: row.id}) WITH n, row, properties(n) AS old SET n = row.props, n:Bureau SET n += { userSources: old.userSources, userDocumentIds: old.userDocumentIds, statusHistory: old.statusHistory }",
          "params": {
            "rows": [
              {
                "id": "bureau:a",
                "props": {
                  "id": "bureau:a",
                  "name": "甲",
                },
              },
            ],
          },
        },
        {
          "cypher": "UNWIND $rows AS row MERGE (n:Entity {id: row.id}) WITH n, row, properties(n) AS old SET n = row.props, n:Pledge SET n += { userSources: old.userSources, userDocumentIds: old.userDocumentIds, statusHistory: old.statusHistory }",
          "params": {
            "rows": [
              {
                "id": "pledge:b",
                "props": {
                  "id": "pledge:b",
                  "name": "乙",
                  "target": 10,
                },
              },
            ],
          },
        },
        {
          "cypher": "MATCH (:Entity)-[r]->(:Entity) WHERE (r.id IS NULL OR NOT r.id IN $ids) AND coalesce(r.origin, 'SEED') <> 'USER' DELETE r",
          "params": {
            "ids": [
              "bureau:a|MADE|pledge:b",
            ],
          },
        },
        {
          "cypher": "UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) MERGE (a)-[r:MADE]->(b) WITH r, row, properties(r) AS old SET r = row.props SET r += { userSources: old.userSources, userDocumentIds: old.userDocumentIds, statusHistory: old.statusHistory }",
          "params": {
            "rows": [
              {
                "from": "bureau:a",
                "props": {
                  "id": "bureau:a|MADE|pledge:b",
                },
                "to": "pledge:b",
              },
            ],
          },
        },
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
        },
        {
          "cypher": "MATCH (w:Walkthrough) WHERE (w.origin IS NULL OR w.origin = 'SEED') AND NOT w.id IN $ids DETACH DELETE w",
          "params": {
            "ids": [
              "walkthrough:w",
            ],
          },
        },
        {
          "cypher": "UNWIND $ids AS id MATCH (w:Walkthrough {id: id}) WHERE w.origin = 'USER' SET w.id = id + '-user-' + left(replace(randomUUID(), '-', ''), 8), w.renamedFrom = id",
          "params": {
            "ids": [
              "walkthrough:w",
            ],
          },
        },
        {
          "cypher": "UNWIND $rows AS row MERGE (w:Walkthrough {id: row.id}) SET w = row.props",
          "params": {
            "rows": [
              {
                "id": "walkthrough:w",
                "props": {
                  "id": "walkthrough:w",
                  "steps": "[]",
                  "title": "W",
                },
              },
            ],
          },
        },
      ]
    `);
  });

  it('batches large graphs in UNWIND statements of at most 500 rows', () => {
    const nodes = Array.from({ length: 1201 }, (_, i) => ({ id: `place:p${i}`, label: 'Place' as const, props: { id: `place:p${i}` } }));
    const batches = graphWriteQueries({ nodes, edges: [], walkthroughs: [] }).filter((q) => q.cypher.includes('n:Place'));
    expect(batches.map((q) => (q.params.rows as unknown[]).length)).toEqual([500, 500, 201]);
  });

  it('reads back every key of the stored graph, to compare with the seeds', () => {
    expect(storedGraphQuery()).toMatchInlineSnapshot(`
      {
        "cypher": "OPTIONAL MATCH (s:SeedState {id: 'seeds'})
      CALL { MATCH (n:Entity) WHERE coalesce(n.origin, 'SEED') <> 'USER' RETURN collect(n.id + '|' + [label IN labels(n) WHERE label <> 'Entity'][0]) AS nodes }
      CALL { MATCH (:Entity)-[r]->(:Entity) WHERE coalesce(r.origin, 'SEED') <> 'USER' RETURN collect(r.id) AS edges }
      CALL { MATCH (w:Walkthrough) WHERE (w.origin IS NULL OR w.origin = 'SEED') RETURN collect(w.id) AS walkthroughs }
      RETURN s.hash AS hash, nodes, edges, walkthroughs",
        "params": {},
      }
    `);
  });
});

import { describe, expect, it } from 'vitest';
import { searchQuery } from '../../../server/cypher/search.js';

describe('searchQuery', () => {
  it('asks the substring key and both full-text indexes for mixed text', () => {
    expect(searchQuery({ text: '复兴之路 Fuxing', kinds: ['PROJECT'], limit: 10 })).toMatchInlineSnapshot(`
      {
        "cypher": "CALL {
        MATCH (n:Entity) WHERE n.searchKey CONTAINS $key
        RETURN n, CASE
          WHEN n.searchNames[0] = $key OR n.searchNames[1] = $key THEN 4.0
          WHEN n.searchKey CONTAINS ('|' + $key + '|') THEN 3.0
          WHEN n.searchKey CONTAINS ('|' + $key) THEN 2.0
          ELSE 1.0 END AS score
        UNION ALL
        CALL db.index.fulltext.queryNodes('entity_text_zh', $zh, { limit: 200 }) YIELD node AS n, score AS lucene
        RETURN n, lucene / (1.0 + lucene) AS score
        UNION ALL
        CALL db.index.fulltext.queryNodes('entity_text_en', $en, { limit: 200 }) YIELD node AS n, score AS lucene
        RETURN n, lucene / (1.0 + lucene) AS score
      }
      WITH n, max(score) AS score
      WHERE $kinds IS NULL OR n.kind IN $kinds
      WITH n, score ORDER BY score DESC, size(n.name), n.id
      LIMIT $limit
      RETURN collect({ entity: n { .*, text: CASE WHEN n:Document THEN null ELSE n.text END }, score: score }) AS hits",
        "params": {
          "en": "fuxing*",
          "key": "复兴之路fuxing",
          "kinds": [
            "PROJECT",
          ],
          "limit": 10,
          "zh": ""复兴之路 Fuxing"",
        },
      }
    `);
  });

  it('skips the Chinese index for English only, and asks nothing for punctuation only', () => {
    expect(searchQuery({ text: 'Sihekou', kinds: null, limit: 20 }).cypher).not.toContain('entity_text_zh');
    expect(searchQuery({ text: '"*~', kinds: null, limit: 20 }).cypher).toBe('RETURN [] AS hits');
  });
});

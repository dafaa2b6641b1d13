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
        CALL db.index.fulltext.queryNodes('entity_name_en', $en, { limit: 200 }) YIELD node AS n
        WITH n, [w IN $words WHERE w IN n.nameWords] AS whole
        WITH n, whole, [w IN $words WHERE size(w) > 1 AND NOT w IN whole AND any(t IN n.nameWords WHERE t STARTS WITH w)] AS prefix
        RETURN n, 1.0 + 0.9 * (2 * size(whole) + size(prefix)
          + CASE WHEN any(w IN whole WHERE w IN n.nameHeads) THEN 1 ELSE 0 END
          + CASE WHEN n.kind IN $named THEN 1 ELSE 0 END) / (2.0 * size($words) + 2.0) AS score
        UNION ALL
        CALL db.index.fulltext.queryNodes('entity_text_zh', $zh, { limit: 200 }) YIELD node AS n, score AS lucene
        RETURN n, lucene / (1.0 + lucene) AS score
        UNION ALL
        CALL db.index.fulltext.queryNodes('entity_text_en', $en, { limit: 200 }) YIELD node AS n, score AS lucene
        RETURN n, lucene / (1.0 + lucene) AS score
      }
      WITH n, max(score) AS score
      WHERE $kinds IS NULL OR n.kind IN $kinds
      WITH n, score ORDER BY score DESC, CASE n.kind WHEN 'BUREAU' THEN 0 WHEN 'PLEDGE' THEN 2 WHEN 'DOCUMENT' THEN 2 ELSE 1 END, size(n.name), n.id
      LIMIT $limit
      RETURN collect({ entity: n { .*, text: CASE WHEN n:Document THEN null ELSE n.text END, aliasesText: null, searchNames: null, searchKey: null, nameWords: null, nameHeads: null, pinyin: null, pinyinInitials: null, pinyinKey: null }, score: score }) AS hits",
        "params": {
          "en": "fuxing*",
          "key": "复兴之路fuxing",
          "kinds": [
            "PROJECT",
          ],
          "limit": 10,
          "named": [],
          "words": [
            "fuxing",
          ],
          "zh": ""复兴之路 Fuxing"",
        },
      }
    `);
  });

  it('matches latin text by whole words and pinyin, never inside a word', () => {
    const { cypher, params } = searchQuery({ text: 'Digital park', kinds: null, limit: 20 });
    expect(cypher).toMatchInlineSnapshot(`
      "CALL {
        MATCH (n:Entity) WHERE n.searchKey CONTAINS ('|' + $key)
        RETURN n, CASE
          WHEN n.searchNames[0] = $key OR n.searchNames[1] = $key THEN 4.0
          WHEN n.searchKey CONTAINS ('|' + $key + '|') THEN 3.0
          WHEN n.searchKey CONTAINS ('|' + $key) THEN 1.5
          ELSE 1.0 END AS score
        UNION ALL
        MATCH (n:Entity) WHERE n.pinyinKey CONTAINS ('|' + $key)
        RETURN n, CASE WHEN n.pinyinKey CONTAINS ('|' + $key + '|') THEN 1.5 ELSE 1.2 END AS score
        UNION ALL
        CALL db.index.fulltext.queryNodes('entity_name_en', $en, { limit: 200 }) YIELD node AS n
        WITH n, [w IN $words WHERE w IN n.nameWords] AS whole
        WITH n, whole, [w IN $words WHERE size(w) > 1 AND NOT w IN whole AND any(t IN n.nameWords WHERE t STARTS WITH w)] AS prefix
        RETURN n, 1.0 + 0.9 * (2 * size(whole) + size(prefix)
          + CASE WHEN any(w IN whole WHERE w IN n.nameHeads) THEN 1 ELSE 0 END
          + CASE WHEN n.kind IN $named THEN 1 ELSE 0 END) / (2.0 * size($words) + 2.0) AS score
        UNION ALL
        CALL db.index.fulltext.queryNodes('entity_text_en', $en, { limit: 200 }) YIELD node AS n, score AS lucene
        RETURN n, lucene / (1.0 + lucene) AS score
      }
      WITH n, max(score) AS score
      WHERE $kinds IS NULL OR n.kind IN $kinds
      WITH n, score ORDER BY score DESC, CASE n.kind WHEN 'BUREAU' THEN 0 WHEN 'PLEDGE' THEN 2 WHEN 'DOCUMENT' THEN 2 ELSE 1 END, size(n.name), n.id
      LIMIT $limit
      RETURN collect({ entity: n { .*, text: CASE WHEN n:Document THEN null ELSE n.text END, aliasesText: null, searchNames: null, searchKey: null, nameWords: null, nameHeads: null, pinyin: null, pinyinInitials: null, pinyinKey: null }, score: score }) AS hits"
    `);
    expect(params).toMatchObject({ key: 'digitalpark', words: ['digital', 'park'], named: ['PLACE'] });
  });

  it('asks pinyin only for two letters or more, and only for latin text', () => {
    expect(searchQuery({ text: 's', kinds: null, limit: 20 }).cypher).not.toContain('n.pinyinKey CONTAINS');
    expect(searchQuery({ text: '泗河口 shk', kinds: null, limit: 20 }).cypher).not.toContain('n.pinyinKey CONTAINS');
  });

  it('skips the Chinese index for English only, and asks nothing for punctuation only', () => {
    expect(searchQuery({ text: 'Sihekou', kinds: null, limit: 20 }).cypher).not.toContain('entity_text_zh');
    expect(searchQuery({ text: '"*~', kinds: null, limit: 20 }).cypher).toBe('RETURN [] AS hits');
  });
});

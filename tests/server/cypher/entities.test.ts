import { describe, expect, it } from 'vitest';
import { entitiesQuery } from '../../../server/cypher/entities.js';

describe('entitiesQuery', () => {
  it('lists entities of some kinds in reading order', () => {
    expect(entitiesQuery(['BUREAU'], 500)).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (n:Entity)
      WHERE $kinds IS NULL OR n.kind IN $kinds
      WITH n ORDER BY n.position, n.id
      LIMIT $limit
      RETURN collect(n { .*, text: CASE WHEN n:Document THEN null ELSE n.text END, aliasesText: null, searchNames: null, searchKey: null, nameWords: null, nameHeads: null, pinyin: null, pinyinInitials: null, pinyinKey: null }) AS nodes",
        "params": {
          "kinds": [
            "BUREAU",
          ],
          "limit": 500,
        },
      }
    `);
  });
});

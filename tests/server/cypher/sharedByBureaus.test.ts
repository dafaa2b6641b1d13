import { describe, expect, it } from 'vitest';
import { sharedByBureausQuery } from '../../../server/cypher/sharedByBureaus.js';

describe('sharedByBureausQuery', () => {
  it('starts from the stored bureau counts, most shared first, and reads the pledges of the answer only', () => {
    expect(sharedByBureausQuery({ kinds: ['PROJECT', 'PLACE'], minBureaus: 2, limit: 500, withPledges: true })).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (e:Entity) WHERE e.bureauCount >= $minBureaus AND ($kinds IS NULL OR e.kind IN $kinds)
      WITH e ORDER BY e.bureauCount DESC, e.name, e.id
      LIMIT $limit
      WITH collect(e) AS shared
      CALL (shared) {
        UNWIND shared AS e
        UNWIND e.bureauIds AS bureauId
        WITH DISTINCT bureauId
        MATCH (b:Entity {id: bureauId}) WHERE b:Bureau
        RETURN collect(b { .*, text: CASE WHEN b:Document THEN null ELSE b.text END, aliasesText: null, searchNames: null, searchKey: null, nameWords: null, nameHeads: null, pinyin: null, pinyinInitials: null, pinyinKey: null }) AS bureaus
      }
      CALL (shared) {
        UNWIND range(0, size(shared) - 1) AS at
        WITH at, shared[at] AS e
        CALL (e) {
          MATCH (b:Bureau)-[:MADE]->(p:Pledge)-->(e)
          WITH DISTINCT b, p ORDER BY b.id, p.position
          RETURN collect(p { .*, text: CASE WHEN p:Document THEN null ELSE p.text END, aliasesText: null, searchNames: null, searchKey: null, nameWords: null, nameHeads: null, pinyin: null, pinyinInitials: null, pinyinKey: null }) AS pledges
        }
        RETURN collect({ at: at, entity: e { .*, text: CASE WHEN e:Document THEN null ELSE e.text END, aliasesText: null, searchNames: null, searchKey: null, nameWords: null, nameHeads: null, pinyin: null, pinyinInitials: null, pinyinKey: null }, bureauIds: e.bureauIds, pledges: pledges }) AS entries
      }
      RETURN entries, bureaus",
        "params": {
          "kinds": [
            "PROJECT",
            "PLACE",
          ],
          "limit": 500,
          "minBureaus": 2,
        },
      }
    `);
  });

  it('leaves the pledges out when the request does not ask for them', () => {
    const { cypher } = sharedByBureausQuery({ kinds: null, minBureaus: 2, limit: 500, withPledges: false });
    expect(cypher).not.toContain(':Pledge');
    expect(cypher).toContain('WITH at, e, [] AS pledges');
  });

  it('returns every shared entity without a limit (the CSV export)', () => {
    const query = sharedByBureausQuery({ kinds: null, minBureaus: 1, limit: null, withPledges: true });
    expect(query.cypher).not.toContain('LIMIT');
    expect(query.params).toEqual({ kinds: null, minBureaus: 1 });
  });
});

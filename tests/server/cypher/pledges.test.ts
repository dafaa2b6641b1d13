import { describe, expect, it } from 'vitest';
import { pledgesQuery } from '../../../server/cypher/pledges.js';

describe('pledgesQuery', () => {
  it('lists pledges, of one bureau or all', () => {
    expect(pledgesQuery(null)).toMatchInlineSnapshot(`
      {
        "cypher": "OPTIONAL MATCH (bureau:Bureau {id: $bureauId})
      OPTIONAL MATCH (cursor:Entity {id: $after}) WHERE cursor:Pledge
      CALL {
        WITH bureau, cursor
        MATCH (:Bureau)-[:MADE]->(p:Pledge)
        WITH p ORDER BY p.position, p.id
        RETURN collect(p { .*, text: CASE WHEN p:Document THEN null ELSE p.text END, aliasesText: null, searchNames: null, searchKey: null, nameWords: null, nameHeads: null, pinyin: null, pinyinInitials: null, pinyinKey: null }) AS pledges
      }
      RETURN $bureauId IS NULL OR bureau IS NOT NULL AS bureauFound, $after IS NULL OR cursor IS NOT NULL AS afterFound, pledges",
        "params": {
          "after": null,
          "bureauId": null,
        },
      }
    `);
  });

  it('reads only the properties named, the text as null for a document', () => {
    const { cypher } = pledgesQuery('bureau:construction', { props: ['id', 'kind', 'name', 'text'] });
    expect(cypher).toContain('RETURN collect(p { .id, .kind, .name, text: CASE WHEN p:Document THEN null ELSE p.text END }) AS pledges');
    expect(cypher).toContain('MATCH (b)-[:MADE]->(p:Pledge)');
  });

  it('refuses a property name that is not a plain identifier or is search-only', () => {
    expect(() => pledgesQuery(null, { props: ['id', 'name} RETURN 1 //'] })).toThrow(/not a property/);
    expect(() => pledgesQuery(null, { props: ['pinyin'] })).toThrow(/not a property/);
  });

  it('gives one page in reading order after the cursor pledge', () => {
    const { cypher, params } = pledgesQuery('bureau:construction', { limit: 20, after: 'pledge:x' });
    expect(params).toEqual({ bureauId: 'bureau:construction', after: 'pledge:x', limit: 20 });
    expect(cypher).toContain(
      'WHERE p.position > cursor.position OR (p.position = cursor.position AND p.id > cursor.id)\n  WITH p ORDER BY p.position, p.id\n  LIMIT $limit',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { investmentTargetsQuery } from '../../../server/cypher/investmentTargets.js';

describe('investmentTargetsQuery', () => {
  it('lists courted parties per bureau, with pledges, quotes, destinations and their own SETTLES_IN, OPERATES, LOCATED_IN', () => {
    expect(investmentTargetsQuery('bureau:investment-promotion')).toMatchInlineSnapshot(`
      {
        "cypher": "OPTIONAL MATCH (bureau:Bureau {id: $bureauId})
      OPTIONAL MATCH (cursor:Entity {id: $after})
      CALL {
        WITH bureau, cursor
        WITH bureau, cursor WHERE bureau IS NOT NULL
        MATCH (bureau)-[:MADE]->(:Pledge)-[:TARGETS|PARTNERS]->(e:Entity)
        WHERE (e:Enterprise OR e:Institution)
        WITH DISTINCT bureau, e
        ORDER BY e.name, e.id
        MATCH (e)<-[rel:TARGETS|PARTNERS]-(p:Pledge)<-[:MADE]-(b:Bureau)
        WHERE bureau IS NULL OR b = bureau
        OPTIONAL MATCH (p)-[:DESTINED_FOR]->(d:Entity)
        WITH e, b, p, rel, d ORDER BY b.id, p.position, d.position
        WITH e, b, collect(DISTINCT p) AS pledges, collect(DISTINCT d) AS destinations,
             collect(DISTINCT { type: type(rel), pledgeId: p.id, sources: rel.sources }) AS relations
        ORDER BY b.id
        WITH e, collect({
          bureauId: b.id,
          pledges: [p IN pledges | p { .*, text: CASE WHEN p:Document THEN null ELSE p.text END, aliasesText: null, searchNames: null, searchKey: null, nameWords: null, nameHeads: null, pinyin: null, pinyinInitials: null, pinyinKey: null }],
          relations: relations,
          destinations: [d IN destinations | d { .*, text: CASE WHEN d:Document THEN null ELSE d.text END, aliasesText: null, searchNames: null, searchKey: null, nameWords: null, nameHeads: null, pinyin: null, pinyinInitials: null, pinyinKey: null }]
        }) AS byBureau
        OPTIONAL MATCH (e)-[own:SETTLES_IN|OPERATES|LOCATED_IN]->(x:Entity)
        WITH e, byBureau, own, x ORDER BY x.position, x.id
        WITH e, byBureau, collect(CASE WHEN own IS NULL THEN null ELSE { type: type(own), sources: own.sources, target: x { .*, text: CASE WHEN x:Document THEN null ELSE x.text END, aliasesText: null, searchNames: null, searchKey: null, nameWords: null, nameHeads: null, pinyin: null, pinyinInitials: null, pinyinKey: null } } END) AS own
        ORDER BY e.name, e.id
        RETURN collect({ enterprise: e { .*, text: CASE WHEN e:Document THEN null ELSE e.text END, aliasesText: null, searchNames: null, searchKey: null, nameWords: null, nameHeads: null, pinyin: null, pinyinInitials: null, pinyinKey: null }, byBureau: byBureau, own: own }) AS targets
      }
      // Each bureau's properties once, not once per company it courts (a hub courts thousands).
      CALL {
        MATCH (b:Bureau)
        RETURN collect(b { .*, text: CASE WHEN b:Document THEN null ELSE b.text END, aliasesText: null, searchNames: null, searchKey: null, nameWords: null, nameHeads: null, pinyin: null, pinyinInitials: null, pinyinKey: null }) AS bureaus
      }
      RETURN $bureauId IS NULL OR bureau IS NOT NULL AS bureauFound, $after IS NULL OR cursor IS NOT NULL AS afterFound, targets, bureaus",
        "params": {
          "after": null,
          "bureauId": "bureau:investment-promotion",
        },
      }
    `);
  });

  it('reads no relationship quote without quotes, and only the properties named', () => {
    const { cypher } = investmentTargetsQuery(null, { withQuotes: false, props: ['id', 'kind', 'name', 'position'] });
    expect(cypher).not.toMatch(/\b(rel|own)\.sources\b/);
    expect(cypher).not.toContain('.*');
    for (const n of ['p', 'd', 'x', 'e', 'b']) expect(cypher).toContain(`${n} { .id, .kind, .name, .position }`);
  });

  it('chooses one page of enterprises first (by name and id, after the cursor), then gathers only those', () => {
    const { cypher, params } = investmentTargetsQuery('bureau:construction', { limit: 50, after: 'enterprise:zto' });
    expect(params).toEqual({ bureauId: 'bureau:construction', after: 'enterprise:zto', limit: 50 });
    const page = cypher.indexOf('LIMIT $limit');
    expect(cypher.indexOf('AND (e.name > cursor.name OR (e.name = cursor.name AND e.id > cursor.id))')).toBeLessThan(page);
    expect(cypher.indexOf('WITH DISTINCT bureau, e\n  ORDER BY e.name, e.id')).toBeLessThan(page);
    expect(cypher.indexOf('MATCH (e)<-[rel:TARGETS|PARTNERS]-(p:Pledge)<-[:MADE]-(b:Bureau)')).toBeGreaterThan(page);
    expect(cypher).toContain('$after IS NULL OR cursor IS NOT NULL AS afterFound');
    // Without a page (the CSV export): every target, no LIMIT, no cursor test.
    expect(investmentTargetsQuery(null).cypher).not.toMatch(/LIMIT|cursor\.name/);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TargetRecord } from '../../../client/src/api/investmentTargets.js';
import { targetRows } from '../../../client/src/graph/targetRows.js';
import { ringOffsets, targetsMap, UNPLACED, type MapArea } from '../../../client/src/graph/targetsMap.js';
import { targetsMapElements } from '../../../client/src/graph/targetsMapElements.js';
import { entity } from './fixtures.js';
import { bureau, CELLS, COMMERCE, INVEST, LAB, MITSUI, PARK, place, PORT, SHIQIAO, side, target, TARGETS, ZTO } from './targetFixtures.js';

const inside = (p: { x: number; y: number }, a: MapArea) => Math.hypot(p.x - a.x, p.y - a.y) < a.r;
const overlap = (a: MapArea, b: MapArea) => Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r;

describe('the investment-targets map', () => {
  const map = targetsMap(targetRows(TARGETS, 'en'), 'en', 'Destination not known');
  const area = (entityId: string) => map.areas.find((a) => a.id === `area|${entityId}`)!;

  it('draws every destination as an area, and the companies without one in an "unplaced" area', () => {
    const destinations = new Set(TARGETS.flatMap((t) => t.byBureau.flatMap((s) => s.destinations.map((d) => d.id))));
    expect(
      map.areas
        .filter((a) => !a.unplaced)
        .map((a) => a.id.replace('area|', ''))
        .sort(),
    ).toEqual([...destinations].sort());
    const unplaced = map.areas.find((a) => a.unplaced)!;
    expect(unplaced).toMatchObject({ id: UNPLACED, name: 'Destination not known' });
    expect(map.companies.filter((c) => c.area === UNPLACED).map((c) => c.id)).toEqual([MITSUI.id]);
    expect(area(SHIQIAO.id)).toMatchObject({ name: 'Shiqiao', other: '石桥' });
  });

  it('places every company once, inside the area of its first destination, reaching out to its others', () => {
    expect(map.companies.map((c) => c.id).sort()).toEqual(TARGETS.map((t) => t.enterprise.id).sort());
    const zto = map.companies.find((c) => c.id === ZTO.id)!;
    expect(zto.area).toBe(area(SHIQIAO.id).id);
    for (const c of map.companies)
      expect(
        inside(
          c,
          map.areas.find((a) => a.id === c.area)!,
        ),
      ).toBe(true);
    expect(map.reaches).toEqual([{ id: `${ZTO.id}>area|${PORT.id}`, company: ZTO.id, area: area(PORT.id).id }]);
    // Port is nobody's first destination, yet an area of its own, empty.
    expect(map.companies.some((c) => c.area === area(PORT.id).id)).toBe(false);
    // Two companies in one area are apart.
    const [cells, lab] = [CELLS, LAB].map((e) => map.companies.find((c) => c.id === e.id)!);
    expect(Math.hypot(cells!.x - lab!.x, cells!.y - lab!.y)).toBeGreaterThan(60);
  });

  it('gives each company its furthest stage, and each row a link from its bureau coloured by the row’s stage', () => {
    expect(map.companies.find((c) => c.id === ZTO.id)!.stage).toBe('SETTLED');
    expect(map.companies.find((c) => c.id === LAB.id)!.stage).toBe('NONE');
    expect(map.links.map((l) => [l.bureau, l.company, l.stage])).toEqual(
      TARGETS.flatMap((t) => t.byBureau.map((s) => [s.bureau.id, t.enterprise.id, s.stage ?? 'NONE'])),
    );
  });

  it('puts the bureaus at the edge: outside every area, apart from each other', () => {
    expect(map.bureaus.map((b) => b.id).sort()).toEqual([COMMERCE.id, INVEST.id].sort());
    for (const b of map.bureaus) for (const a of map.areas) expect(inside(b, { ...a, r: a.r + 40 })).toBe(false);
    const [a, b] = map.bureaus;
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThan(200);
  });

  it('never overlaps two areas and keeps every company inside its own, whatever the data', () => {
    const places = Array.from({ length: 12 }, (_, i) => place(`p${i}`, `地点${i}`, `Place ${i}`));
    const bureaus = Array.from({ length: 5 }, (_, i) => bureau(`b${i}`, `局${i}`, `Bureau ${i}`));
    const targets = fc
      .uniqueArray(
        fc.record({ slug: fc.integer({ min: 0, max: 500 }), dest: fc.subarray(places, { maxLength: 3 }), by: fc.subarray(bureaus, { minLength: 1 }) }),
        {
          selector: (t) => t.slug,
          maxLength: 60,
        },
      )
      .map((list): TargetRecord[] =>
        list.map(({ slug, dest, by }) =>
          target(
            entity(`enterprise:e${slug}`, 'ENTERPRISE', `企业${slug}`),
            by.map((b) => side(b, 'COURTED', dest, ['引进'])),
          ),
        ),
      );
    fc.assert(
      fc.property(targets, (list) => {
        const m = targetsMap(targetRows(list, 'zh'), 'zh', '去向未知');
        for (let i = 0; i < m.areas.length; i++) for (let j = i + 1; j < m.areas.length; j++) expect(overlap(m.areas[i]!, m.areas[j]!)).toBe(false);
        // Room above each area for its name: nothing of another area in the band over it.
        for (const a of m.areas)
          for (const b of m.areas) if (b !== a && Math.abs(a.x - b.x) < a.r + b.r && b.y < a.y) expect(a.y - a.r - (b.y + b.r)).toBeGreaterThanOrEqual(150);
        expect(m.companies).toHaveLength(list.length);
        for (const c of m.companies)
          expect(
            inside(
              c,
              m.areas.find((a) => a.id === c.area)!,
            ),
          ).toBe(true);
        // Companies of one area do not sit on each other.
        for (const a of m.areas) {
          const members = m.companies.filter((c) => c.area === a.id);
          for (let i = 0; i < members.length; i++)
            for (let j = i + 1; j < members.length; j++) expect(Math.hypot(members[i]!.x - members[j]!.x, members[i]!.y - members[j]!.y)).toBeGreaterThan(90);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('grows an area with its companies, ring by ring', () => {
    expect(ringOffsets(1).offsets).toEqual([{ x: 0, y: 0 }]);
    const radii = [1, 5, 12, 30].map((n) => ringOffsets(n).radius);
    expect(radii).toEqual([...radii].sort((a, b) => a - b));
    for (const n of [2, 7, 30]) {
      const { offsets, radius } = ringOffsets(n);
      expect(offsets).toHaveLength(n);
      for (const o of offsets) expect(Math.hypot(o.x, o.y)).toBeLessThan(radius - 50);
    }
  });

  it('is nothing for no rows', () => {
    expect(targetsMap([], 'en', 'x')).toEqual({ areas: [], companies: [], bureaus: [], links: [], reaches: [] });
  });

  it('becomes Cytoscape elements at those positions: areas as sized discs, links and reaches as edges', () => {
    const elements = targetsMapElements(map);
    const byId = new Map(elements.map((e) => [e.data.id!, e]));
    for (const a of map.areas) expect(byId.get(a.id)).toMatchObject({ position: { x: a.x, y: a.y }, data: { size: 2 * a.r } });
    for (const c of map.companies) expect(byId.get(c.id)).toMatchObject({ position: { x: c.x, y: c.y }, classes: 'company' });
    const edges = elements.filter((e) => e.group === 'edges');
    expect(edges).toHaveLength(map.links.length + map.reaches.length);
    for (const e of edges) expect(byId.has(e.data.source) && byId.has(e.data.target)).toBe(true);
    expect(byId.get(`area|${PARK.id}`)!.data.label).toBe('Jidong Industrial Park\n济东产业园');
  });
});

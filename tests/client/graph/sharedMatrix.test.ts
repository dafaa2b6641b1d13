import { describe, expect, it } from 'vitest';
import type { EntityRecord, SharedRecord } from '../../../client/src/api/records.js';
import { columnSharing, sharedMatrix } from '../../../client/src/graph/sharedMatrix.js';
import { entity } from './fixtures.js';

const bureau = (slug: string, zh: string, en: string) => entity(`bureau:${slug}`, 'BUREAU', `太白湖新区${zh}`, `${en} of Taibai Lake New District`);
const BUREAUS = [bureau('a', '甲局', 'Bureau A'), bureau('b', '乙局', 'Bureau B'), bureau('c', '丙局', 'Bureau C')];
const pledge = (id: string, bureauId: string): EntityRecord => ({ ...entity(`pledge:${id}`, 'PLEDGE'), bureauId });

/** A Shared record as the API gives it: the bureaus are those of the pledges. */
function shared(target: EntityRecord, pledges: EntityRecord[]): SharedRecord {
  const ids = [...new Set(pledges.map((p) => p.bureauId!))];
  return { entity: target, bureaus: BUREAUS.filter((b) => ids.includes(b.id)), pledges };
}

const RECORDS: SharedRecord[] = [
  // Two bureaus, four pledges.
  shared(entity('place:park', 'PLACE', '公园', 'Park'), [
    pledge('a1', 'bureau:a'),
    pledge('a2', 'bureau:a'),
    pledge('a3', 'bureau:a'),
    pledge('b1', 'bureau:b'),
  ]),
  // Three bureaus, three pledges: more bureaus come first, whatever the pledges.
  shared(entity('project:road', 'PROJECT', '复兴之路', 'Fuxing Road'), [pledge('a4', 'bureau:a'), pledge('b2', 'bureau:b'), pledge('c1', 'bureau:c')]),
  // Two bureaus, two pledges; named after the plaza to test the tie-break on name.
  shared(entity('place:plaza', 'PLACE', '广场', 'Plaza'), [pledge('b3', 'bureau:b'), pledge('c2', 'bureau:c')]),
  shared(entity('place:lake', 'PLACE', '湖', 'Lake'), [pledge('b4', 'bureau:b'), pledge('c3', 'bureau:c')]),
  // One bureau.
  shared(entity('project:port', 'PROJECT', '港口', 'Port'), [pledge('c4', 'bureau:c'), pledge('c5', 'bureau:c')]),
  // Not a project or a place: an enterprise courted by two bureaus is no column.
  shared(entity('enterprise:zto', 'ENTERPRISE', '中通', 'ZTO'), [pledge('a5', 'bureau:a'), pledge('b5', 'bureau:b')]),
];

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('the shared-projects matrix model', () => {
  it('has the bureaus as rows and the projects and places of ≥ N bureaus as columns, by bureaus then pledges', () => {
    const matrix = sharedMatrix(RECORDS, BUREAUS, { minBureaus: 2, lang: 'en' });
    expect(ids(matrix.rows)).toEqual(['bureau:a', 'bureau:b', 'bureau:c']);
    expect(ids(matrix.columns)).toEqual(['project:road', 'place:park', 'place:lake', 'place:plaza']);
    expect(matrix.columns.map((c) => [c.bureauCount, c.pledgeCount])).toEqual([
      [3, 3],
      [2, 4],
      [2, 2],
      [2, 2],
    ]);
    // Each cell: that bureau's pledges on that column.
    expect(matrix.cells.map((row) => row.map((cell) => cell.pledges.length))).toEqual([
      [1, 3, 0, 0],
      [1, 1, 1, 1],
      [1, 0, 1, 1],
    ]);
    expect(matrix.cells[0]![1]).toEqual({ row: 'bureau:a', column: 'place:park', pledges: ['pledge:a1', 'pledge:a2', 'pledge:a3'] });
  });

  it('filters by N: 1 adds what one bureau alone concerns, 3 keeps only what all three share', () => {
    expect(ids(sharedMatrix(RECORDS, BUREAUS, { minBureaus: 1, lang: 'en' }).columns)).toEqual([
      'project:road',
      'place:park',
      'place:lake',
      'place:plaza',
      'project:port',
    ]);
    expect(ids(sharedMatrix(RECORDS, BUREAUS, { minBureaus: 3, lang: 'en' }).columns)).toEqual(['project:road']);
  });

  it('names in the page language, the other on hover; bureaus without the district they all share', () => {
    const zh = sharedMatrix(RECORDS, BUREAUS, { minBureaus: 3, lang: 'zh' });
    expect(zh.columns[0]).toMatchObject({ name: '复兴之路', other: 'Fuxing Road' });
    expect(zh.rows[0]).toEqual({ id: 'bureau:a', name: '甲局', full: '太白湖新区甲局', other: 'Bureau A of Taibai Lake New District' });
    const en = sharedMatrix(RECORDS, BUREAUS, { minBureaus: 3, lang: 'en' });
    expect(en.columns[0]).toMatchObject({ name: 'Fuxing Road', other: '复兴之路' });
    expect(en.rows[0]!.name).toBe('Bureau A');
  });

  it('hides rows and columns, and lists them to show again; counts and order stay those of the whole data', () => {
    const matrix = sharedMatrix(RECORDS, BUREAUS, {
      minBureaus: 2,
      lang: 'en',
      hiddenRows: new Set(['bureau:b']),
      hiddenColumns: new Set(['place:park', 'project:port']),
    });
    expect(ids(matrix.rows)).toEqual(['bureau:a', 'bureau:c']);
    expect(ids(matrix.columns)).toEqual(['project:road', 'place:lake', 'place:plaza']);
    expect(ids(matrix.hiddenRows)).toEqual(['bureau:b']);
    // The port is below N: hidden or not, it is no column, so it is not listed either.
    expect(ids(matrix.hiddenColumns)).toEqual(['place:park']);
    expect(matrix.columns[0]!.bureauCount).toBe(3);
    expect(matrix.cells.map((row) => row.map((cell) => cell.pledges.length))).toEqual([
      [1, 0, 0],
      [1, 1, 1],
    ]);
  });

  it('a column opens its shown bureaus, their pledges on it and the entity', () => {
    const matrix = sharedMatrix(RECORDS, BUREAUS, { minBureaus: 2, lang: 'en' });
    expect(columnSharing(matrix, 'project:road')).toEqual({
      entity: 'project:road',
      bureaus: ['bureau:a', 'bureau:b', 'bureau:c'],
      pledges: ['pledge:a4', 'pledge:b2', 'pledge:c1'],
    });
    // A bureau without pledges on the park is not part of its sharing.
    expect(columnSharing(matrix, 'place:park')).toEqual({
      entity: 'place:park',
      bureaus: ['bureau:a', 'bureau:b'],
      pledges: ['pledge:a1', 'pledge:a2', 'pledge:a3', 'pledge:b1'],
    });
    const withoutA = sharedMatrix(RECORDS, BUREAUS, { minBureaus: 2, lang: 'en', hiddenRows: new Set(['bureau:a']) });
    expect(columnSharing(withoutA, 'project:road')?.bureaus).toEqual(['bureau:b', 'bureau:c']);
    expect(columnSharing(matrix, 'project:port')).toBeNull();
  });
});

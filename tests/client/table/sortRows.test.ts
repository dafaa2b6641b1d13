import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextOrder, sortRows } from '../../../client/src/table/sortRows.js';

type Row = { id: string; name: string };
const rows = (names: string[]): Row[] => names.map((name, i) => ({ id: String(i), name }));

describe('sorting the canvas table', () => {
  it('sorts English by letters and numbers by value, empty cells last both ways', () => {
    const input = rows(['item 10', '', 'Item 9', 'apple']);
    expect(sortRows(input, { column: 'name', direction: 'ascending' }, 'en').map((r) => r.name)).toEqual(['apple', 'Item 9', 'item 10', '']);
    expect(sortRows(input, { column: 'name', direction: 'descending' }, 'en').map((r) => r.name)).toEqual(['item 10', 'Item 9', 'apple', '']);
  });

  it('sorts Chinese by pinyin', () => {
    // ā (阿), b (北), z (中)
    expect(sortRows(rows(['中通', '北湖', '阿里']), { column: 'name', direction: 'ascending' }, 'zh').map((r) => r.name)).toEqual(['阿里', '北湖', '中通']);
  });

  it('keeps the input order without a sort, and for ties (stable); never changes its input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', '', '复兴'), { maxLength: 20 }),
        fc.constantFrom('ascending' as const, 'descending' as const),
        (names, direction) => {
          const input = rows(names);
          const copy = structuredClone(input);
          expect(sortRows(input, null, 'zh')).toEqual(input);
          const sorted = sortRows(input, { column: 'name', direction }, 'zh');
          expect(input).toEqual(copy);
          expect(sorted.map((r) => r.id).sort()).toEqual(input.map((r) => r.id).sort());
          for (let i = 1; i < sorted.length; i++)
            if (sorted[i]!.name === sorted[i - 1]!.name) expect(Number(sorted[i]!.id)).toBeGreaterThan(Number(sorted[i - 1]!.id));
        },
      ),
    );
  });

  it('a heading pressed sorts ascending, pressed again descending, another column starts ascending', () => {
    const first = nextOrder<'name' | 'kind'>(null, 'name');
    expect(first).toEqual({ column: 'name', direction: 'ascending' });
    expect(nextOrder(first, 'name')).toEqual({ column: 'name', direction: 'descending' });
    expect(nextOrder(nextOrder(first, 'name'), 'name')).toEqual({ column: 'name', direction: 'ascending' });
    expect(nextOrder(first, 'kind')).toEqual({ column: 'kind', direction: 'ascending' });
  });
});

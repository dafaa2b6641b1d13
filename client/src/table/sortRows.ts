import type { Lang } from '../state/ViewState.js';

export type SortDirection = 'ascending' | 'descending';

export interface SortOrder<Column extends string> {
  column: Column;
  direction: SortDirection;
}

// Pinyin order for Chinese (what a Chinese reader expects of a sorted list), numbers by value.
const COLLATORS: Record<Lang, Intl.Collator> = {
  zh: new Intl.Collator('zh-u-co-pinyin', { numeric: true }),
  en: new Intl.Collator('en', { numeric: true, sensitivity: 'base' }),
};

/**
 * Rows ordered by one column, in the reader's language; empty cells last in either direction
 * (they say nothing), and ties keep the order they came in (the canvas's), so sorting is stable.
 */
export function sortRows<Column extends string, Row extends Record<Column, string>>(rows: readonly Row[], order: SortOrder<Column> | null, lang: Lang): Row[] {
  if (!order) return [...rows];
  const compare = COLLATORS[lang].compare;
  const sign = order.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const [x, y] = [a.row[order.column], b.row[order.column]];
      if (!x !== !y) return x ? -1 : 1;
      return sign * compare(x, y) || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** The order after pressing a column's heading: ascending first, then flipped. */
export function nextOrder<Column extends string>(current: SortOrder<Column> | null, column: Column): SortOrder<Column> {
  return current?.column === column && current.direction === 'ascending' ? { column, direction: 'descending' } : { column, direction: 'ascending' };
}

import { STAGE_KEYS, type StageKey, type TargetColumn, type TargetsSort, type TargetsState } from '../state/targetsState.js';
import type { Lang } from '../state/ViewState.js';
import type { RowName, TargetRow } from './targetRows.js';

export const stageKey = (row: Pick<TargetRow, 'stage'>): StageKey => row.stage ?? 'NONE';

/** Lower case, no surrounding space: the text filter ignores case (English names) and width of spaces. */
const fold = (text: string) => text.normalize('NFKC').toLowerCase().trim();
const both = (n: RowName) => [n.name, n.other ?? ''];

/** The rows the filters let through: every filter narrows, and an empty one lets all through. */
export function filterRows(rows: readonly TargetRow[], filter: Pick<TargetsState, 'stages' | 'bureau' | 'destination' | 'text'>): TargetRow[] {
  const text = fold(filter.text);
  return rows.filter(
    (row) =>
      (!filter.stages.length || filter.stages.includes(stageKey(row))) &&
      (!filter.bureau || row.bureau.id === filter.bureau) &&
      (!filter.destination || row.destinations.some((d) => d.id === filter.destination)) &&
      (!text || [...both(row), ...row.destinations.flatMap(both), ...row.quotes].some((field) => fold(field).includes(text))),
  );
}

/** What each column sorts by; empty values go last whichever the direction. */
function sortValue(row: TargetRow, column: TargetColumn, relationWord: (type: string) => string): string | number | null {
  switch (column) {
    case 'name':
      return row.name;
    case 'summary':
      return row.summary;
    case 'relation':
      return row.relations.map(relationWord).join(' ') || null;
    case 'stage':
      return row.stage ? STAGE_KEYS.indexOf(row.stage) : null;
    case 'bureau':
      return row.bureau.name;
    case 'destination':
      return row.destinations.map((d) => d.name).join(' ') || null;
    case 'quote':
      return row.quotes.join(' ') || null;
  }
}

/**
 * The rows in the order of one column (stage: furthest first when ascending; names in the
 * page's collation, pinyin for Chinese); ties keep the API's order. null: the API's order.
 */
export function sortRows(rows: readonly TargetRow[], sort: TargetsSort | null, lang: Lang, relationWord: (type: string) => string = (t) => t): TargetRow[] {
  if (!sort) return [...rows];
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { numeric: true, sensitivity: 'base' });
  const sign = sort.descending ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row, sort.column, relationWord) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
      return sign * order || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** The choices of the bureau and destination filters: each once, by name. */
export function filterChoices(rows: readonly TargetRow[], lang: Lang): { bureaus: RowName[]; destinations: RowName[] } {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  const unique = (names: RowName[]) => [...new Map(names.map((n) => [n.id, n])).values()].sort((a, b) => collator.compare(a.name, b.name));
  return { bureaus: unique(rows.map((r) => r.bureau)), destinations: unique(rows.flatMap((r) => r.destinations)) };
}

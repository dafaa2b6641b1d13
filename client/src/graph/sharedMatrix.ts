import type { EntityRecord, SharedRecord } from '../api/records.js';
import type { EntityKind } from '../generated/graphql.js';
import type { Lang, MinBureaus } from '../state/ViewState.js';
import { entityName, nodeLabel, otherName } from './labels.js';

/** The kinds an analyst asks "who shares it?" about: projects, and parks, plazas and other places. */
export const MATRIX_KINDS: readonly EntityKind[] = ['PROJECT', 'PLACE'];

export interface MatrixRow {
  id: string;
  /** The name without the district every bureau belongs to (the full name is in `full`). */
  name: string;
  full: string;
  /** The other language's full name, for the hover; null when it would repeat the name. */
  other: string | null;
}

export interface MatrixColumn {
  id: string;
  kind: EntityKind;
  name: string;
  other: string | null;
  /** Bureaus whose pledges concern it, and those pledges: all bureaus, hidden rows included. */
  bureauCount: number;
  pledgeCount: number;
}

export interface MatrixCell {
  row: string;
  column: string;
  /** That bureau's pledges on that entity, in the order the API gave them. */
  pledges: string[];
}

export interface SharedMatrix {
  /** Shown rows and columns; `cells[r][c]` is rows[r] × columns[c]. */
  rows: MatrixRow[];
  columns: MatrixColumn[];
  cells: MatrixCell[][];
  /** Hidden by the user, so they can be listed and shown again (columns only those N lets through). */
  hiddenRows: MatrixRow[];
  hiddenColumns: MatrixColumn[];
}

export interface MatrixOptions {
  minBureaus: MinBureaus;
  lang: Lang;
  hiddenRows?: ReadonlySet<string>;
  hiddenColumns?: ReadonlySet<string>;
}

/** Each pledge's bureau (a pledge belongs to one bureau through MADE: `bureauId`), by pledge id. */
function pledgesByBureau(record: SharedRecord): Map<string, string[]> {
  const byBureau = new Map<string, string[]>();
  for (const pledge of record.pledges) {
    if (!pledge.bureauId) continue;
    const list = byBureau.get(pledge.bureauId) ?? [];
    if (!list.includes(pledge.id)) list.push(pledge.id);
    byBureau.set(pledge.bureauId, list);
  }
  return byBureau;
}

/**
 * The shared-projects matrix: rows the bureaus, columns every project or place that the pledges
 * of at least `minBureaus` bureaus concern, each cell that bureau's pledges on it. Columns run
 * from the most bureaus to the fewest, then the most pledges, then by name; rows keep the order
 * of `bureaus`. Pure: the records come from `sharedByBureaus(minBureaus: 1)`, fetched once, and
 * N only filters them.
 */
export function sharedMatrix(records: readonly SharedRecord[], bureaus: readonly EntityRecord[], options: MatrixOptions): SharedMatrix {
  const { minBureaus, lang } = options;
  const hiddenRows = options.hiddenRows ?? new Set<string>();
  const hiddenColumns = options.hiddenColumns ?? new Set<string>();

  const allRows: MatrixRow[] = bureaus.map((b) => ({ id: b.id, name: nodeLabel(b, lang), full: entityName(b, lang), other: otherName(b, lang) }));
  const counted = records
    .filter((r) => MATRIX_KINDS.includes(r.entity.kind))
    .map((record) => {
      const byBureau = pledgesByBureau(record);
      const column: MatrixColumn = {
        id: record.entity.id,
        kind: record.entity.kind,
        name: entityName(record.entity, lang),
        other: otherName(record.entity, lang),
        bureauCount: byBureau.size,
        pledgeCount: [...byBureau.values()].reduce((n, list) => n + list.length, 0),
      };
      return { column, byBureau };
    })
    .filter(({ column }) => column.bureauCount >= minBureaus)
    .sort(
      (a, b) =>
        b.column.bureauCount - a.column.bureauCount ||
        b.column.pledgeCount - a.column.pledgeCount ||
        a.column.name.localeCompare(b.column.name, lang === 'zh' ? 'zh-CN' : 'en') ||
        a.column.id.localeCompare(b.column.id),
    );

  const shownColumns = counted.filter(({ column }) => !hiddenColumns.has(column.id));
  const rows = allRows.filter((r) => !hiddenRows.has(r.id));
  return {
    rows,
    columns: shownColumns.map(({ column }) => column),
    cells: rows.map((row) => shownColumns.map(({ column, byBureau }) => ({ row: row.id, column: column.id, pledges: byBureau.get(row.id) ?? [] }))),
    hiddenRows: allRows.filter((r) => hiddenRows.has(r.id)),
    hiddenColumns: counted.filter(({ column }) => hiddenColumns.has(column.id)).map(({ column }) => column),
  };
}

/**
 * What a column opens in the explorer: the entity, the shown bureaus whose pledges concern it,
 * and those pledges. Empty when the column is not in the matrix.
 */
export function columnSharing(matrix: SharedMatrix, columnId: string): { entity: string; bureaus: string[]; pledges: string[] } | null {
  const c = matrix.columns.findIndex((column) => column.id === columnId);
  if (c < 0) return null;
  const cells = matrix.cells.map((row) => row[c]!).filter((cell) => cell.pledges.length > 0);
  return { entity: columnId, bureaus: cells.map((cell) => cell.row), pledges: cells.flatMap((cell) => cell.pledges) };
}

import { stringify } from 'csv-stringify/browser/esm/sync';
import type { TableRows } from './tableRows.js';

/** The CSV's columns: node rows fill the first group, edge rows the second, both `quote`. */
export const CSV_COLUMNS = [
  'type',
  'id',
  'name',
  'otherName',
  'kind',
  'source',
  'relation',
  'target',
  'sourceKind',
  'targetKind',
  'bureau',
  'summary',
  'quote',
] as const;

/**
 * The canvas table as one CSV (a `type` column says node or edge): one download, where two files
 * would make the browser ask the user to allow several. Written as the server writes its CSVs
 * (server/export/toCsv.ts): RFC 4180 with CRLF, UTF-8 with a byte order mark for Excel, and a
 * leading ' on cells beginning with = + - @ (CSV injection).
 */
export function tableCsv(rows: TableRows): string {
  const records = [...rows.nodes.map((n) => ({ type: 'node', ...n })), ...rows.edges.map((e) => ({ type: 'edge', ...e }))] as Partial<
    Record<(typeof CSV_COLUMNS)[number], string>
  >[];
  return stringify(
    records.map((record) => CSV_COLUMNS.map((column) => record[column] ?? '')),
    // A lone LF or CR is a line break to every spreadsheet: quoted, as the server does.
    { header: true, columns: [...CSV_COLUMNS], bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/, escape_formulas: true },
  );
}

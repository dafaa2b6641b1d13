import { stringify } from 'csv-stringify/sync';

/** A cell: text or a number; null and undefined are written as empty cells. */
export type CsvValue = string | number | null | undefined;

/**
 * Rows as a CSV document that spreadsheet programs open as they are: RFC 4180 (CRLF line ends, a
 * header row, a field quoted when it holds a comma, a double quote or a line break, quotes inside
 * doubled), UTF-8 with a byte order mark, without which Excel reads Chinese as mojibake. A text
 * cell that begins with =, +, -, @, a tab or a carriage return gets a leading ' so that no
 * spreadsheet runs it as a formula (CSV injection); numbers are left as they are.
 */
export function toCsv<Column extends string>(rows: readonly Readonly<Record<Column, CsvValue>>[], columns: readonly Column[]): string {
  return stringify(
    rows.map((row) => columns.map((column) => row[column] ?? '')),
    // With CRLF as the record delimiter, csv-stringify quotes only fields that hold a CRLF; a lone
    // LF or CR is a line break to every spreadsheet, so it is quoted too.
    { header: true, columns: [...columns], bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/, escape_formulas: true },
  );
}

import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, tableCsv } from '../../../client/src/table/tableCsv.js';
import type { EdgeRow, NodeRow, TableRows } from '../../../client/src/table/tableRows.js';
import { hasLoneSurrogate, hostileText } from '../../helpers/hostileText.js';

const node = (over: Partial<NodeRow> = {}): NodeRow => ({
  id: 'project:f',
  name: '复兴之路',
  otherName: 'Fuxing Road',
  kind: '项目',
  bureau: '',
  summary: '',
  quote: '“复兴之路”',
  ...over,
});
const edge = (over: Partial<EdgeRow> = {}): EdgeRow => ({
  id: 'pledge:p|CONCERNS|project:f',
  source: '建成复兴之路',
  relation: '涉及',
  target: '复兴之路',
  sourceKind: '承诺',
  targetKind: '项目',
  bureau: '建设局',
  quote: '全力推进复兴之路, "文化" 项目',
  ...over,
});
const read = (csv: string) => parse<Record<string, string>>(csv, { bom: true, columns: true, relax_column_count: false });
/** What a spreadsheet shows of a cell the writer defused: the apostrophe it added. */
const defused = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

describe('the canvas table as CSV', () => {
  it('starts with a byte order mark and a header row, ends records with CRLF, and has a type column', () => {
    const csv = tableCsv({ nodes: [node()], edges: [edge()] });
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    const [n, e] = read(csv);
    expect(n).toMatchObject({ type: 'node', id: 'project:f', name: '复兴之路', otherName: 'Fuxing Road', kind: '项目', source: '', quote: '“复兴之路”' });
    expect(e).toMatchObject({ type: 'edge', source: '建成复兴之路', relation: '涉及', target: '复兴之路', bureau: '建设局', name: '' });
    // A comma and double quotes: quoted, quotes doubled (RFC 4180).
    expect(csv).toContain('"全力推进复兴之路, ""文化"" 项目"');
  });

  it('defuses formulas with a leading apostrophe, as the server’s CSVs do', () => {
    const csv = tableCsv({ nodes: [node({ name: '=HYPERLINK("http://x")', summary: '+1', quote: '-2', otherName: '@SUM(A1)' })], edges: [] });
    const [n] = read(csv);
    expect(n).toMatchObject({ name: `'=HYPERLINK("http://x")`, summary: "'+1", quote: "'-2", otherName: "'@SUM(A1)" });
  });

  it('reads back cell for cell, whatever the text (line breaks, quotes, commas, scripts, astral characters)', () => {
    const text = hostileText([5, 300]).filter((t) => !hasLoneSurrogate(t));
    const keys = [
      'id',
      'name',
      'otherName',
      'kind',
      'bureau',
      'summary',
      'quote',
      'source',
      'relation',
      'target',
      'sourceKind',
      'targetKind',
      'edgeQuote',
    ] as const;
    fc.assert(
      fc.property(fc.record(Object.fromEntries(keys.map((k) => [k, text])) as Record<(typeof keys)[number], fc.Arbitrary<string>>), (c) => {
        const rows: TableRows = {
          nodes: [{ id: c.id, name: c.name, otherName: c.otherName, kind: c.kind, bureau: c.bureau, summary: c.summary, quote: c.quote }],
          edges: [
            {
              id: c.id,
              source: c.source,
              relation: c.relation,
              target: c.target,
              sourceKind: c.sourceKind,
              targetKind: c.targetKind,
              bureau: c.bureau,
              quote: c.edgeQuote,
            },
          ],
        };
        const [n, e] = read(tableCsv(rows));
        expect(n).toEqual({
          type: 'node',
          id: defused(c.id),
          name: defused(c.name),
          otherName: defused(c.otherName),
          kind: defused(c.kind),
          source: '',
          relation: '',
          target: '',
          sourceKind: '',
          targetKind: '',
          bureau: defused(c.bureau),
          summary: defused(c.summary),
          quote: defused(c.quote),
        });
        expect(e).toMatchObject({
          type: 'edge',
          source: defused(c.source),
          relation: defused(c.relation),
          target: defused(c.target),
          quote: defused(c.edgeQuote),
          name: '',
        });
      }),
      { numRuns: 150 },
    );
  });
});

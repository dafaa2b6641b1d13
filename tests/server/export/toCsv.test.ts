import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../server/export/toCsv.js';

const BOM = '\uFEFF';

describe('toCsv', () => {
  it('starts with a byte order mark and a header row, and ends every record with CRLF', () => {
    const csv = toCsv([{ name: 'a', count: 1 }], ['name', 'count']);
    expect(csv).toBe(`${BOM}name,count\r\na,1\r\n`);
  });

  it('writes the columns in the order given, whatever the order of the keys', () => {
    expect(toCsv([{ b: 2, a: 1 }], ['a', 'b'])).toBe(`${BOM}a,b\r\n1,2\r\n`);
  });

  it('writes only a header when there are no rows', () => {
    expect(toCsv([], ['entity', 'bureauCount'])).toBe(`${BOM}entity,bureauCount\r\n`);
  });

  it('quotes a field with a comma, and doubles the quotes inside a quoted field', () => {
    expect(toCsv([{ q: 'a,b' }, { q: 'say "hi"' }], ['q'])).toBe(`${BOM}q\r\n"a,b"\r\n"say ""hi"""\r\n`);
  });

  it('quotes a field with a line break and keeps the break', () => {
    expect(toCsv([{ q: 'one\ntwo' }, { q: 'three\r\nfour' }, { q: 'five\rsix' }], ['q'])).toBe(`${BOM}q\r\n"one\ntwo"\r\n"three\r\nfour"\r\n"five\rsix"\r\n`);
  });

  it('leaves Chinese as it is, in UTF-8', () => {
    const csv = toCsv([{ name: '复兴之路文化科技项目', quote: '以中国物流、中通物流入驻石桥为引擎' }], ['name', 'quote']);
    expect(csv).toBe(`${BOM}name,quote\r\n复兴之路文化科技项目,以中国物流、中通物流入驻石桥为引擎\r\n`);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('writes null and undefined as empty cells, numbers as numbers', () => {
    expect(toCsv([{ a: null, b: undefined, c: 0, d: -2.5 }], ['a', 'b', 'c', 'd'])).toBe(`${BOM}a,b,c,d\r\n,,0,-2.5\r\n`);
  });

  it('keeps a spreadsheet from running a text cell as a formula', () => {
    expect(toCsv([{ q: '=HYPERLINK("x")' }, { q: '+1' }, { q: '-1' }, { q: '@SUM(A1)' }], ['q'])).toBe(
      `${BOM}q\r\n"'=HYPERLINK(""x"")"\r\n'+1\r\n'-1\r\n'@SUM(A1)\r\n`,
    );
  });

  it('parses back to the same cells (csv-parse, RFC 4180)', () => {
    const rows = [
      { name: '中通物流', nameEn: 'ZTO Express', quote: '以中国物流、中通物流入驻石桥为引擎' },
      { name: 'a, "b"', nameEn: 'line\nbreak', quote: '' },
    ];
    const csv = toCsv(rows, ['name', 'nameEn', 'quote']);
    expect(parse(csv, { bom: true, columns: true })).toEqual(rows);
  });
});

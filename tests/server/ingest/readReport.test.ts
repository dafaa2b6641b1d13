import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../../server/ingest/readReport.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ingest-report-'));
const file = (name: string, content: string | Uint8Array) => {
  const at = path.join(dir, name);
  writeFileSync(at, content);
  return at;
};

describe('readReport', () => {
  it('reads an HTML page in GBK to its text', () => {
    // 区建设局将 in GBK, inside a paragraph.
    const gbk = new Uint8Array([...Buffer.from('<p>'), 0xc7, 0xf8, 0xbd, 0xa8, 0xc9, 0xe8, 0xbe, 0xd6, 0xbd, 0xab, ...Buffer.from('</p>')]);
    expect(readReport(file('page.html', gbk))).toEqual({ text: '区建设局将', encoding: 'gb18030' });
  });

  it('refuses a page with no text outside its markup, a missing file and a folder, naming each', () => {
    const empty = file('empty.html', '<html><head><script>x()</script></head><body><p> </p></body></html>');
    expect(() => readReport(empty)).toThrow(`${empty}: the text is empty (the file holds no text outside its markup)`);
    expect(() => readReport(path.join(dir, 'missing.txt'))).toThrow('missing.txt: cannot be read');
    expect(() => readReport(dir)).toThrow(`${dir}: is not a file`);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, MAX_BYTES } from '../../../server/ingest/decodeText.js';
import { ROOT } from '../../helpers/spawnApp.js';

const REPORTS = path.join(ROOT, 'tests/fixtures/reports');

describe('decodeText', () => {
  it('reads a GBK file as the same text as its UTF-8 copy', () => {
    const utf8 = decodeText(readFileSync(path.join(REPORTS, 'pledges-2024.txt')), 'pledges-2024.txt');
    const gbk = decodeText(readFileSync(path.join(REPORTS, 'pledges-2024.gbk.txt')), 'pledges-2024.gbk.txt');
    expect(utf8.encoding).toBe('utf-8');
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.text).toBe(utf8.text);
  });

  it('follows a byte-order mark (UTF-8 and UTF-16)', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('区建设局将')]);
    expect(decodeText(bom, 'a.txt')).toEqual({ text: '区建设局将', encoding: 'utf-8' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'承诺'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeText(utf16, 'b.txt')).toEqual({ text: '承诺', encoding: 'utf-16le' });
  });

  it.each([
    ['an empty file', new Uint8Array(), /a\.txt: the file is empty/],
    ['white space only', new TextEncoder().encode(' \n\t\n'), /a\.txt: the text is empty/],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), /a\.txt: the file is binary/],
    ['bytes no encoding reads', new Uint8Array([0x41, 0xff, 0xfe, 0xfd, 0x41]), /a\.txt: the bytes are neither UTF-8 nor GBK\/GB18030 text/],
    ['more than 1 MB', new Uint8Array(MAX_BYTES + 1).fill(0x41), /a\.txt: the file has 1048577 bytes, more than the 1 MB/],
  ])('refuses %s with a message naming the file and why', (_, bytes, message) => {
    expect(() => decodeText(bytes, 'a.txt')).toThrow(message);
  });
});

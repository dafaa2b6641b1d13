import { IngestError } from './IngestError.js';

/** Larger texts are refused: a report is tens of kilobytes; a megabyte is a wrong file. */
export const MAX_BYTES = 1024 * 1024;

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

/**
 * Bytes → text. A BOM says the encoding; otherwise valid UTF-8 is UTF-8, and anything else must
 * be valid GB18030 (a superset of GBK and GB2312, the encodings Chinese government sites still
 * serve). Both decoders are fatal, so a byte that is not text is an error, never a U+FFFD.
 */
export function decodeText(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new IngestError(file, 'the file is empty');
  if (bytes.length > MAX_BYTES) throw new IngestError(file, `the file has ${bytes.length} bytes, more than the 1 MB a report may have`);
  const bom = bomOf(bytes);
  if (!bom && bytes.includes(0)) throw new IngestError(file, 'the file is binary (it holds NUL bytes), not a text');
  const encoding = bom?.encoding ?? (decodes(bytes, 'utf-8') ? 'utf-8' : 'gb18030');
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new IngestError(file, 'the bytes are neither UTF-8 nor GBK/GB18030 text');
  }
  // Text has tabs and line ends; other C0 control characters mean the bytes were not text.
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  if (/[\u0000-\u0008\u000E-\u001F]/.test(text)) throw new IngestError(file, 'the file is binary (it holds control characters), not a text');
  if (text.trim() === '') throw new IngestError(file, 'the text is empty (only white space)');
  return { text, encoding };
}

function bomOf(bytes: Uint8Array): { encoding: Decoded['encoding'] } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be' };
  return undefined;
}

function decodes(bytes: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

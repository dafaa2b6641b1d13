import { readFileSync, statSync } from 'node:fs';
import { decodeText, MAX_BYTES, type Decoded } from './decodeText.js';
import { IngestError } from './IngestError.js';
import { textOf } from './textOf.js';

/** A report file → its plain text (the I/O edge of the ingest; every check is in decodeText/textOf). */
export function readReport(file: string): Decoded {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new IngestError(file, 'is not a file');
    size = stat.size;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(file, 'cannot be read (no such file, or no permission)');
  }
  // Refused before reading: a wrong file may be gigabytes.
  if (size > MAX_BYTES) throw new IngestError(file, `the file has ${size} bytes, more than the 1 MB a report may have`);
  const decoded = decodeText(readFileSync(file), file);
  const text = textOf(decoded.text, file);
  if (text.trim() === '') throw new IngestError(file, 'the text is empty (the file holds no text outside its markup)');
  return { ...decoded, text };
}

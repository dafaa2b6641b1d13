import { z } from 'zod';
import { isoDate } from '../documents/isoDate.js';
import { decodeText, MAX_BYTES, type Decoded } from '../ingest/decodeText.js';
import { IngestError } from '../ingest/IngestError.js';
import { textOf } from '../ingest/textOf.js';
import { BadUserInputError } from '../errors.js';

/** Strict base64: a file's bytes, possibly wrapped in lines. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** draftDocument's input; the text and the file themselves are checked by the ingest's own decoders. */
export const DraftInputSchema = z
  .strictObject({
    text: z.string().optional(),
    file: z.strictObject({ name: z.string().trim().min(1, 'must name the file (its extension says .txt, .md or .html)'), base64: z.string() }).optional(),
    date: isoDate.optional(),
  })
  .refine((input) => (input.text === undefined) !== (input.file === undefined), { message: 'must give exactly one of text and file', path: [] });

export type DraftInput = z.infer<typeof DraftInputSchema>;

/**
 * The text a draft indexes, under the same rules as the command line (server/ingest: 1 MB,
 * not empty, not binary, UTF-8 or GBK/GB18030, .txt/.md/.html): pasted text is checked as the
 * bytes it would be in UTF-8; a file's bytes are decoded and, for .html, stripped of tags. A
 * refusal is BAD_USER_INPUT naming the argument (input.text, input.file.base64, input.file.name).
 */
export function draftText(input: DraftInput): Decoded {
  if (input.file) return fileText(input.file);
  const text = input.text ?? '';
  // Refused before encoding: a wrong paste may be huge.
  if (text.length > MAX_BYTES) throw refusal('input.text', `has ${text.length} characters, more than the 1 MB a report may have`);
  const bytes = new TextEncoder().encode(text);
  const decoded = checked('input.text', () => decodeText(bytes, 'text'));
  if (text.includes('\uFFFD'))
    throw refusal('input.text', 'holds U+FFFD: bytes that could not be decoded were pasted; open the file with its encoding, or drop the file');
  return decoded;
}

function fileText(file: { name: string; base64: string }): Decoded {
  const base64 = file.base64.replace(/\s+/g, '');
  if (!BASE64.test(base64) || base64.length % 4 !== 0) throw refusal('input.file.base64', 'is not base64');
  // 4 base64 characters per 3 bytes: refused before decoding a file that cannot fit.
  if ((base64.length / 4) * 3 > MAX_BYTES + 2) throw refusal('input.file.base64', 'holds more than the 1 MB a report may have');
  const bytes = Buffer.from(base64, 'base64');
  const decoded = checked('input.file.base64', () => decodeText(bytes, file.name));
  const text = checked('input.file.name', () => textOf(decoded.text, file.name));
  if (text.trim() === '') throw refusal('input.file.base64', 'holds no text outside its markup');
  return { ...decoded, text };
}

function checked<T>(argument: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof IngestError) throw refusal(argument, error.reason);
    throw error;
  }
}

const refusal = (argument: string, why: string) => new BadUserInputError(argument, why);

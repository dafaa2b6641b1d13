import { Parser } from 'htmlparser2';
import { IngestError } from './IngestError.js';

/** Elements whose text is not the report's (code, styling, embedded data). */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head']);
/** Elements that end a line of the text: paragraphs stay paragraphs. */
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'table',
  'ul',
  'ol',
  'blockquote',
]);

/**
 * The plain text a draft's offsets index: .txt and .md as decoded (markdown's `##` marks a
 * heading and stays), .html with its tags stripped by a real parser (entities decoded).
 */
export function textOf(decoded: string, file: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (extension === 'txt' || extension === 'md' || extension === 'markdown') return decoded;
  if (extension === 'html' || extension === 'htm') return htmlText(decoded);
  throw new IngestError(file, `"${extension ? `.${extension}` : 'no extension'}" is not a report format: give a .txt, .md or .html file`);
}

function htmlText(html: string): string {
  const lines: string[] = [];
  let line = '';
  let skipping = 0;
  const endLine = () => {
    // Source HTML wraps lines anywhere; a space between two Chinese characters is not the text's.
    const clean = line.replace(/(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])/g, '').trim();
    if (clean !== '') lines.push(clean);
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipping++;
        if (BLOCKS.has(name)) endLine();
        if (/^h[1-6]$/.test(name) && skipping === 0) line += '## ';
      },
      ontext(text) {
        if (skipping === 0) line += text.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping--;
        if (BLOCKS.has(name)) endLine();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  endLine();
  return lines.join('\n\n');
}

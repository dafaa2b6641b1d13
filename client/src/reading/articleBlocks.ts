import { segmentText, type Citation, type Segment } from './segmentText.js';

/**
 * A stretch of the article shown as one block: a heading (a "## " line of the source) or the
 * running text between headings. start/end index the verbatim text, as quotes do.
 */
export interface ArticleBlock {
  kind: 'heading' | 'text';
  /** The number of #s for a heading; 0 for text. */
  level: number;
  start: number;
  end: number;
}

export interface LaidOutBlock extends ArticleBlock {
  segments: Segment[];
}

const HEADING_MARK = /^(#{1,6})[ \t]+/;
const isLineBreak = (ch: string | undefined) => ch === '\n' || ch === '\r';

/**
 * Splits the source text (kept byte for byte, so quotes' offsets stay valid) into headings and
 * text. The characters between blocks are not shown: a heading's "## " mark, and the line breaks
 * around a heading (its element's margins already separate it), or at the very start and end.
 */
export function articleBlocks(text: string): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let pending = 0;
  // Drops the blank lines at either end of a stretch of text, but not a paragraph's indent.
  const pushText = (from: number, to: number) => {
    for (let k = from; k < to && /\s/.test(text[k]!); k++) if (isLineBreak(text[k])) from = k + 1;
    for (let k = to; k > from && /\s/.test(text[k - 1]!); k--) if (isLineBreak(text[k - 1])) to = k - 1;
    if (/\S/.test(text.slice(from, to))) blocks.push({ kind: 'text', level: 0, start: from, end: to });
  };
  for (let lineStart = 0; lineStart < text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const mark = HEADING_MARK.exec(text.slice(lineStart, lineEnd));
    let contentEnd = lineEnd;
    // Trailing spaces (and the \r of a \r\n) are not part of the heading's words.
    while (contentEnd > lineStart && /\s/.test(text[contentEnd - 1]!)) contentEnd--;
    // A line of only "## " is not a heading: there would be nothing to show.
    if (mark && lineStart + mark[0].length < contentEnd) {
      pushText(pending, lineStart);
      blocks.push({ kind: 'heading', level: mark[1]!.length, start: lineStart + mark[0].length, end: contentEnd });
      pending = lineEnd;
    }
    lineStart = lineEnd + 1;
  }
  pushText(pending, text.length);
  return blocks;
}

/** The blocks with the cited segments of each; segments of hidden characters are dropped. */
export function layoutArticle(text: string, citations: Citation[]): LaidOutBlock[] {
  const blocks = articleBlocks(text);
  const segments = segmentText(
    text,
    citations,
    blocks.flatMap((b) => [b.start, b.end]),
  );
  let i = 0;
  return blocks.map((block) => {
    while (i < segments.length && segments[i]!.start < block.start) i++;
    const inside: Segment[] = [];
    for (; i < segments.length && segments[i]!.end <= block.end; i++) inside.push(segments[i]!);
    return { ...block, segments: inside };
  });
}

import { articleBlocks } from './articleBlocks.js';

/** Where a quote stands in the source text, as a reader finds it in the file or the printed page. */
export interface ArticlePlace {
  /** 1-based line of the source text the quote starts on. */
  line: number;
  /** 1-based: the how-manieth non-blank line (paragraph) of the article, headings included. */
  paragraph: number;
  /** The "## " heading the quote falls under, without its mark; empty before the first. */
  section: string;
}

/**
 * Places of quotes by their start offset, from the same reading of "## " headings as the reading
 * view (articleBlocks). Built once per text: a dossier places dozens of quotes.
 */
export function articlePlaces(text: string): (start: number) => ArticlePlace {
  const headings = articleBlocks(text).filter((b) => b.kind === 'heading');
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const blank = lineStarts.map((from, k) => !/\S/.test(text.slice(from, lineStarts[k + 1] ?? text.length)));
  return (start) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= start) line++;
    const paragraph = blank.slice(0, line + 1).filter((b) => !b).length;
    const heading = headings.filter((h) => h.start <= start).at(-1);
    return { line: line + 1, paragraph: Math.max(1, paragraph), section: heading ? text.slice(heading.start, heading.end) : '' };
  };
}

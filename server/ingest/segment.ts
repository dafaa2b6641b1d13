import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/** One word of the text, with its UTF-16 offsets. */
export interface Word {
  text: string;
  start: number;
  end: number;
  /** False for punctuation and white space. */
  isWord: boolean;
  /** jieba's part of speech (ICTCLAS tags): ns place name, nz proper noun, x unknown word, v verb … */
  tag: string;
}

// jieba (a prebuilt native binary and its dictionary, both in the npm package: nothing is fetched
// at run time). Chosen over Intl.Segmenter('zh'), whose ICU dictionary cuts the genre's words
// apart: 优|化, 服务|业, 集|装|箱, 财政|局 where jieba gives 优化, 服务业, 集装箱, 财政局.
// Built on the first draft, not at start: its tables take ~40 MB (and ~80 ms), which a server
// that never drafts should not hold (bench/SCALING.md, the API's memory).
let jieba: Jieba | null = null;
const tagger = () => (jieba ??= Jieba.withDict(dict));

/** The text's words, in order; together they are the whole text. */
export function segment(text: string): Word[] {
  const words: Word[] = [];
  let at = 0;
  for (const { word: token, tag } of tagger().tag(text, true)) {
    const start = text.indexOf(token, at);
    if (start < 0) continue;
    at = start + token.length;
    words.push({ text: token, start, end: at, isWord: /[\p{L}\p{N}]/u.test(token), tag });
  }
  return words;
}

/** Every offset where a word starts or ends (0 and text.length included). */
export function wordBoundaries(text: string): Set<number> {
  const boundaries = new Set<number>([0, text.length]);
  for (const word of segment(text)) {
    boundaries.add(word.start);
    boundaries.add(word.end);
  }
  return boundaries;
}

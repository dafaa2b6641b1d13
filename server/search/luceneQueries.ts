/**
 * Lucene query strings for the two full-text indexes, built so that nothing a person types is
 * ever read as Lucene syntax: both keep only letters and digits (operators, quotes, brackets,
 * wildcards, backslashes are dropped, so none can reach the parser). Pure.
 */

import { latinWords } from './latinWords.js';

const HAN = /\p{Script=Han}/u;

/**
 * "Fuxing roa" → "fuxing* OR roa*": each word as a prefix; an entity matching more words scores
 * higher. OR rather than AND, so that a stray word ("NOT", a typo) narrows nothing away. A
 * single letter is matched as a word, not as a prefix: "x*" would match every x-word in the
 * graph. Null when no word is left.
 */
export function englishQuery(text: string): string | null {
  const words = latinWords(text);
  return words.length > 0 ? words.map((word) => (word.length > 1 ? `${word}*` : word)).join(' OR ') : null;
}

/** 泗河口 → "泗河口" (the CJK analyzer turns the phrase into consecutive bigrams). Null without Chinese. */
export function chineseQuery(text: string): string | null {
  const han = text
    .normalize('NFKC')
    .replace(/[^\p{Script=Han}\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (!HAN.test(han)) return null;
  return `"${han}"`;
}

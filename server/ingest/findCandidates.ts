import type { EntityKind } from '../generated/graphql.js';
import type { Mention } from './findMentions.js';
import { rulesOf } from './rules.js';
import type { Word } from './segment.js';

export interface Candidate {
  kind: EntityKind;
  name: string;
  start: number;
  end: number;
  rule: string;
}

/** Words a name never starts with or runs across: the report's verbs and its function words. */
const VERBS = new RegExp(
  `^(?:${[...rulesOf('commitment'), ...rulesOf('progress')].map((r) => r.pattern.source).join('|')}|依托|围绕|借助|入驻|加入|落地|做活|延伸|优选|运营|管理)$`,
  'u',
);
const FUNCTION_WORDS = new Set([
  '的',
  '和',
  '与',
  '及',
  '等',
  '在',
  '对',
  '向',
  '为',
  '以',
  '把',
  '由',
  '从',
  '于',
  '是',
  '了',
  '并',
  '同时',
  '一批',
  '一个',
  '各类',
  '系列',
  '重点',
  '一流',
  '全区',
  '全市',
]);
const MAX_LENGTH = 20;
/** Parts of speech a name never runs across: verbs, prepositions, conjunctions, particles, adverbs, numerals. */
const BREAKS = /^(?:v|vd|p|c|u[a-z]*|d|m|r)$/;
/** A name holds a proper noun (place, person, organisation, other) or a word the dictionary does not know. */
const PROPER = /^(?:ns|nr|nrt|nrfg|nt|nz|x|eng|j|l)$/;

/**
 * New entities by the genre's naming patterns (…有限公司 → ENTERPRISE, …大学 → INSTITUTION,
 * …项目 → PROJECT, …产业园 → PLACE; see rules.ts): where a word ends in a suffix, the name runs
 * back over the words before it up to a verb, a function word or punctuation. Dropped: names the
 * graph knows (their end lies in a mention), bare suffixes with fewer than two characters before
 * them, and descriptions made only of common nouns (jieba's parts of speech tell them apart).
 */
export function findCandidates(text: string, words: readonly Word[], mentions: readonly Mention[]): Candidate[] {
  const result: Candidate[] = [];
  words.forEach((word, i) => {
    if (!word.isWord) return;
    const rule = rulesOf('candidate').find((r) => r.pattern.test(word.text) || r.pattern.test(text.slice(Math.max(0, word.end - 6), word.end)));
    if (!rule) return;
    const suffix = rule.pattern.exec(text.slice(Math.max(0, word.end - 6), word.end))![0];
    // A one-character suffix must be its own word or end a word of three or more (布局 is no 局).
    if (suffix.length === 1 && word.text !== suffix && word.text.length < 3) return;
    if (words[i + 1]?.isWord && rule.pattern.test(words[i + 1]!.text)) return;
    let j = i;
    while (j > 0) {
      const before = words[j - 1]!;
      // 和 joins the halves of an organ's name (教育和体育局) but two names anywhere else.
      const joinsOrgan = rule.yields.kind === 'BUREAU' && before.text === '和';
      if (!joinsOrgan && (!before.isWord || VERBS.test(before.text) || FUNCTION_WORDS.has(before.text) || BREAKS.test(before.tag))) break;
      if (word.end - before.start > MAX_LENGTH) break;
      if (/^[0-9零〇一二两三四五六七八九十百千万]+$/.test(before.text)) break;
      j--;
    }
    const start = words[j]!.start;
    const name = text.slice(start, word.end);
    if (name.length - suffix.length < 2) return;
    // 国家级区域医疗中心, 电商产业园: common nouns before the suffix make a description, not a
    // name — except for organs, whose names are common nouns by nature (区农业农村局).
    if (rule.yields.kind !== 'BUREAU' && !words.slice(j, i + (word.text === suffix ? 0 : 1)).some((w) => PROPER.test(w.tag) && w.text !== suffix)) return;
    if (mentions.some((m) => m.start < word.end && word.end <= m.end)) return;
    if (result.some((c) => c.start === start && c.end === word.end)) return;
    result.push({ kind: rule.yields.kind, name, start, end: word.end, rule: rule.id });
  });
  return result;
}

import { pinyin } from 'pinyin-pro';
import { latinWords } from './latinWords.js';

const HAN = /\p{Script=Han}/u;

/**
 * Characters that are grammar rather than name (之 in 复兴之路, 和 in 文化和旅游局): a person who
 * types "fuxing lu" or "wenhua lvyou" leaves them out, so each name also gets a form without them.
 */
const FUNCTION_CHARACTERS = /[之的和与及暨]/gu;

export interface PinyinForms {
  /** Each Chinese name in toneless pinyin, syllables spaced ("si he kou gang"), ` ; ` between names. */
  pinyin: string;
  /** Each Chinese name's initials ("shkg"), space between names. */
  pinyinInitials: string;
  /**
   * What the search's CONTAINS looks in: every syllable-start suffix of each form, joined
   * ("sihekougang", "hekougang", "kougang", "gang"), then the initials, each between `|`. So a
   * query matches from the start of a syllable, never from inside one: "xunfei" finds 科大讯飞,
   * "sihekou gang" 泗河口港, "shk" 泗河口; "ou" finds nothing in 泗河口.
   */
  pinyinKey: string;
}

/**
 * Pinyin of the Chinese names among `names` (names without Chinese characters are skipped), by
 * pinyin-pro: toneless, ü written v (and also u, since people type both: "lvyou", "luyou"),
 * letters and digits inside a name kept as they are ("M15社区" → "m15 she qu", initials "m15sq"). Deterministic:
 * the same names give the same strings, which the loader's start-up check relies on. Pure.
 */
export function pinyinForms(names: string[]): PinyinForms {
  const spaced: string[] = [];
  const initials: string[] = [];
  for (const name of names) {
    if (!HAN.test(name)) continue;
    const short = name.replace(FUNCTION_CHARACTERS, '');
    for (const form of short !== name && HAN.test(short) ? [name, short] : [name]) {
      const syllables = syllablesOf(form);
      spaced.push(syllables.join(' '));
      if (syllables.some((s) => s.includes('v'))) spaced.push(syllables.map((s) => s.replaceAll('v', 'u')).join(' '));
      initials.push(syllables.map((s) => (/\d/.test(s) ? s : s[0])).join(''));
    }
  }
  const suffixes = unique(spaced).flatMap((form) => {
    const syllables = form.split(' ');
    return syllables.map((_, i) => syllables.slice(i).join(''));
  });
  const key = unique([...suffixes, ...initials]);
  return {
    pinyin: unique(spaced).join(' ; '),
    pinyinInitials: unique(initials).join(' '),
    pinyinKey: key.length > 0 ? `|${key.join('|')}|` : '',
  };
}

function syllablesOf(text: string): string[] {
  // nonZh 'consecutive' hands back each run of other characters whole; latinWords splits it.
  return pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' }).flatMap(latinWords);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

import { chineseNumber, NUMERAL } from './chineseNumber.js';
import { rulesOf, type Comparator } from './rules.js';

export interface Quantity {
  start: number;
  end: number;
  value: number;
  unit: string;
  comparator: Comparator;
  /** The comparator's rule, when one fired. */
  rule?: string;
}

const UNIT_SOURCE = rulesOf('unit')
  .map((rule) => rule.pattern.source.replace(/^\^/, ''))
  .join('|');
const QUANTITY = new RegExp(`(?:百分之(${NUMERAL})|(${NUMERAL})(${UNIT_SOURCE}))`, 'gu');
/** Set phrases that open with a numeral and a measure word but count nothing. */
const SET_PHRASES = /^(?:一次性|一条龙|一站式|一揽子|一体化|千家万户|一个中心|一张蓝图)/u;

/**
 * Numbers with a unit (4条, 4000个, 两家, 3.2亿元, 10%), with the comparator the words around
 * them give (以上, 不少于 → ≥), and 百分之十五 as 15%. Not a quantity: an ordinal (第一), a number
 * inside quotes (“四个一批” is a name), a set phrase (一站式, 千家万户).
 */
export function quantities(text: string, offset = 0): Quantity[] {
  const result: Quantity[] = [];
  for (const match of text.matchAll(QUANTITY)) {
    const [whole, percent, counted = '', countUnit = ''] = match;
    // 百分之十五 is 15%.
    const numeral = percent ?? counted;
    const unit = percent !== undefined ? '%' : countUnit;
    const start = match.index;
    if (text[start - 1] === '第' || insideQuotes(text, start) || SET_PHRASES.test(text.slice(start))) continue;
    const value = chineseNumber(numeral);
    if (value === undefined) continue;
    // 3.2亿元: the magnitude is the value's, 元 the unit.
    const magnitude = /^[万亿]/.test(unit) && unit.length > 1 ? unit[0]! : '';
    const end = start + whole.length;
    const after = text.slice(end, end + 3);
    const before = text.slice(Math.max(0, start - 4), start);
    const comparator = rulesOf('comparator').find((rule) => rule.pattern.test(rule.yields.side === 'after' ? after : before));
    result.push({
      start: offset + start,
      end: offset + end,
      value: magnitude ? (chineseNumber(`${numeral}${magnitude}`) ?? value) : value,
      unit: magnitude ? unit.slice(1) : unit === '％' ? '%' : unit,
      comparator: comparator?.yields.comparator ?? '=',
      rule: comparator?.id,
    });
  }
  return result;
}

function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf('“') > before.lastIndexOf('”');
}

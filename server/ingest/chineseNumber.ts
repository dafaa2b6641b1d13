const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** A numeral as written in reports: Arabic, Chinese, or mixed (4000, 1,200, 两, 十二, 3.2亿, 20万, 5千). */
export const NUMERAL = String.raw`(?:\d[\d,]*(?:\.\d+)?[十百千]?[万亿]*|[零〇一二两三四五六七八九十百千万亿]+)`;

/**
 * A numeral's value, or undefined when it is not one. Written by hand: the one maintained npm
 * decoder (nzh 1.0.14) reads 两 as 0 and 两千五百 as 500, and takes no mixed forms like 3.2亿,
 * all of which reports use.
 */
export function chineseNumber(written: string): number | undefined {
  const s = written.replace(/[,，]/g, '').trim();
  if (s === '') return undefined;
  const arabic = /^(\d+(?:\.\d+)?)([十百千]?)([万亿]*)$/.exec(s);
  if (arabic) {
    const [, digits = '', small = '', big = ''] = arabic;
    return round(Number(digits) * (SMALL[small] ?? 1) * [...big].reduce((product, c) => product * (BIG[c] ?? 1), 1));
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let previousWasDigit = false;
  for (const c of s) {
    const d = DIGITS[c] ?? (/\d/.test(c) ? Number(c) : undefined);
    if (d !== undefined) {
      // 二〇二三: digits in a row are positional; after a unit (一千零五) a digit starts afresh.
      digit = previousWasDigit && digit !== undefined ? digit * 10 + d : d;
      previousWasDigit = true;
      continue;
    }
    previousWasDigit = false;
    if (SMALL[c] !== undefined) {
      section += (digit ?? 1) * SMALL[c];
    } else if (c === '万') {
      total += (section + (digit ?? 0) || 1) * 1e4;
      section = 0;
    } else if (c === '亿') {
      total = (total + section + (digit ?? 0) || 1) * 1e8;
      section = 0;
    } else {
      return undefined;
    }
    digit = undefined;
  }
  return total + section + (digit ?? 0);
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

import { describe, expect, it } from 'vitest';
import { chineseNumber } from '../../../server/ingest/chineseNumber.js';

describe('chineseNumber', () => {
  it.each([
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['两千五百', 2500],
    ['三千五百万', 35_000_000],
    ['一亿二千万', 120_000_000],
    ['二〇二三', 2023],
    ['4000', 4000],
    ['1,200', 1200],
    ['3.2亿', 320_000_000],
    ['20万', 200_000],
    ['1.5万', 15_000],
    ['5千', 5000],
  ])('reads %s as %d', (written, value) => {
    expect(chineseNumber(written)).toBe(value);
  });

  it.each(['', '个', '十二个', 'abc'])('refuses %j, which is no numeral', (written) => {
    expect(chineseNumber(written)).toBeUndefined();
  });
});

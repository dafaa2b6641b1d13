import { describe, expect, it } from 'vitest';
import { pledgeTimeline, shareText } from '../../../client/src/app/pledgeTimeline.js';
import type { EntityRecord } from '../../../client/src/api/records.js';

type Change = NonNullable<EntityRecord['statusHistory']>[number];
const span = (documentId: string, quote: string, documentDate: string | null) => ({ documentId, start: 0, end: quote.length, quote, documentDate });
const change = (over: Partial<Change>): Change => ({
  status: 'pledged',
  date: '2023-01-29',
  value: null,
  unit: null,
  share: null,
  note: null,
  derived: false,
  sources: [],
  ...over,
});
const pledge = {
  target: 4000,
  unit: 'parking spaces',
  unitZh: '个',
  comparator: '≥',
  statusHistory: [
    change({ derived: true, sources: [span('document:article', '4000个以上“泊济宁”停车位联网', '2023-01-29')] }),
    change({
      status: 'in_the_works',
      date: '2023-06-30',
      value: 1200,
      unit: '个',
      share: 0.3,
      sources: [span('document:midyear', '已新增“泊济宁”停车位1200个', '2023-07-15')],
    }),
    change({
      status: 'kept',
      date: '2023-12-20',
      value: 4100,
      share: 1.025,
      note: 'All networked.',
      sources: [span('document:annual', '4100个停车位全部联网', null)],
    }),
  ],
};
const documents = new Map([
  ['document:article', { id: 'document:article', title: '区直部门、镇街作出这些承诺', date: '2023-01-29' }],
  ['document:midyear', { id: 'document:midyear', title: '上半年重点工作推进情况', date: '2023-07-15' }],
]);

describe('the share achieved', () => {
  it('reads the value against the comparator and target, the pledge’s unit in the page’s language even where the report writes it in Chinese', () => {
    expect(shareText({ value: 1200, unit: '个', share: 0.3 }, pledge, 'en')).toBe('1,200 of ≥ 4,000 parking spaces — 30%');
    expect(shareText({ value: 1200, unit: '个', share: 0.3 }, pledge, 'zh')).toBe('1,200 / ≥ 4,000 个，完成 30%');
  });

  it('takes the pledge’s unit, in the page’s language, when the report gives none; an exact target has no sign', () => {
    expect(shareText({ value: 4100, unit: null, share: 1.025 }, pledge, 'en')).toBe('4,100 of ≥ 4,000 parking spaces — 103%');
    expect(shareText({ value: 4100, unit: null, share: 1.025 }, pledge, 'zh')).toBe('4,100 / ≥ 4,000 个，完成 103%');
    expect(shareText({ value: 2, unit: '处', share: 2 / 3 }, { ...pledge, target: 3, comparator: '=' }, 'en')).toBe('2 of 3 处 — 67%');
  });

  it('says only what was reached when the API finds no share (units that differ, or no target)', () => {
    expect(shareText({ value: 2, unit: '处', share: null }, pledge, 'en')).toBe('2 处 reached');
    expect(shareText({ value: 1200, unit: '个', share: null }, { ...pledge, target: null }, 'zh')).toBe('已达 1,200 个');
  });

  it('is nothing without a value', () => {
    expect(shareText({ value: null, unit: null, share: null }, pledge, 'en')).toBeNull();
  });
});

describe('a pledge’s timeline', () => {
  it('lists every change oldest first, with its quotes, their documents and the share', () => {
    const entries = pledgeTimeline(pledge, documents, 'en', null);
    expect(entries.map((e) => [e.date, e.status, e.derived])).toEqual([
      ['2023-01-29', 'pledged', true],
      ['2023-06-30', 'in_the_works', false],
      ['2023-12-20', 'kept', false],
    ]);
    expect(entries[1]!.quotes).toEqual([{ span: pledge.statusHistory[1]!.sources[0], document: documents.get('document:midyear') }]);
    expect(entries[1]!.share).toBe('1,200 of ≥ 4,000 parking spaces — 30%');
    expect(entries[0]!.share).toBeNull();
    expect(entries[2]!.note).toBe('All networked.');
    // A document the list does not (yet) hold: the quote stays, without a title.
    expect(entries[2]!.quotes[0]!.document).toBeNull();
    expect(entries.some((e) => e.afterAsOf)).toBe(false);
  });

  it('marks the changes after the "as of" day (the day itself is not after)', () => {
    expect(pledgeTimeline(pledge, documents, 'en', '2023-06-30').map((e) => e.afterAsOf)).toEqual([false, false, true]);
    expect(pledgeTimeline(pledge, documents, 'en', '2023-06-29').map((e) => e.afterAsOf)).toEqual([false, true, true]);
  });

  it('is empty for a pledge with no dated source', () => {
    expect(pledgeTimeline({ ...pledge, statusHistory: [] }, documents, 'en', null)).toEqual([]);
  });
});

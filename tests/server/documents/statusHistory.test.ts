import { describe, expect, it } from 'vitest';
import { pledgedOn, statusAsOf, statusHistory } from '../../../server/documents/statusHistory.js';

const pledgeSpan = { documentId: 'document:a', start: 10, end: 30, quote: '新增停车位4000个以上', documentDate: '2023-01-29' };
const heading = { documentId: 'document:a', start: 0, end: 4, quote: '住建局', documentDate: '2023-01-29' };
const progress = { documentId: 'document:b', start: 5, end: 20, quote: '新增停车位1200个', documentDate: '2023-07-15' };
const change = (status: string, date: string, extra: Record<string, unknown> = {}) => JSON.stringify({ status, date, sources: [progress], ...extra });

describe('statusHistory', () => {
  it('starts pledged on the date of the document holding the pledge, derived from its span', () => {
    const history = statusHistory({ sources: [heading, pledgeSpan], text: '新增停车位4000个' });
    expect(history).toEqual([{ status: 'pledged', date: '2023-01-29', sources: [pledgeSpan], derived: true }]);
    expect(pledgedOn(history)).toBe('2023-01-29');
  });

  it('orders stored changes by date and gives the share of the target', () => {
    const history = statusHistory({
      sources: [pledgeSpan],
      text: '新增停车位4000个',
      target: 4000,
      unit: '个',
      statusHistory: [change('kept', '2023-12-20', { value: 4100, unit: '个' }), change('in_the_works', '2023-07-15', { value: 1200, unit: '个' })],
    });
    expect(history.map((c) => [c.status, c.date, c.share, c.derived])).toEqual([
      ['pledged', '2023-01-29', undefined, true],
      ['in_the_works', '2023-07-15', 0.3, false],
      ['kept', '2023-12-20', 1.025, false],
    ]);
  });

  it("merges the seeds' changes with the reviewed ones, and a change stored in both (reviewed, then exported to the seeds) once", () => {
    const history = statusHistory({
      sources: [pledgeSpan],
      text: '新增停车位4000个',
      seedStatusHistory: [change('in_the_works', '2023-07-15', { documentId: 'document:b' })],
      statusHistory: [change('in_the_works', '2023-07-15', { createdAt: '2023-07-16T10:00:00Z' }), change('kept', '2023-12-20'), change('kept', '2023-12-20')],
    });
    expect(history.map((c) => [c.status, c.date])).toEqual([
      ['pledged', '2023-01-29'],
      ['in_the_works', '2023-07-15'],
      ['kept', '2023-12-20'],
    ]);
  });

  it('takes the unit in either language', () => {
    const [, parks] = statusHistory({
      sources: [pledgeSpan],
      target: 3,
      unit: 'car parks',
      unitZh: '处',
      statusHistory: [change('in_the_works', '2023-07-15', { value: 2, unit: '处' })],
    });
    expect(parks!.share).toBeCloseTo(2 / 3);
  });

  it('gives no share when the units differ or there is no target', () => {
    const [, other] = statusHistory({
      sources: [pledgeSpan],
      target: 10,
      unit: '%',
      statusHistory: [change('in_the_works', '2023-07-15', { value: 3, unit: '个' })],
    });
    expect(other!.share).toBeNull();
    const [, none] = statusHistory({ sources: [pledgeSpan], statusHistory: [change('stalled', '2023-07-15', { value: 3 })] });
    expect(none!.share).toBeNull();
  });
});

describe('statusAsOf', () => {
  const history = statusHistory({ sources: [pledgeSpan], statusHistory: [change('in_the_works', '2023-07-15'), change('kept', '2023-12-20')] });

  it('is the last change on or before the date, the latest without one', () => {
    expect(statusAsOf(history, '2023-03-01')).toBe('pledged');
    expect(statusAsOf(history, '2023-07-15')).toBe('in_the_works');
    expect(statusAsOf(history, '2023-12-19')).toBe('in_the_works');
    expect(statusAsOf(history, '2024-01-01')).toBe('kept');
    expect(statusAsOf(history)).toBe('kept');
  });

  it('is pledged before anything is known', () => {
    expect(statusAsOf(history, '2022-01-01')).toBe('pledged');
    expect(statusAsOf([], null)).toBe('pledged');
  });
});

import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../../client/src/api/records.js';
import { citesScope, pledgedOn, shownAt, statusOn } from '../../../client/src/graph/pledgeStatus.js';
import { NO_TIME } from '../../../client/src/state/timeState.js';

type Change = NonNullable<EntityRecord['statusHistory']>[number];
const span = (documentId: string, documentDate: string | null) => ({ documentId, start: 0, end: 2, quote: '停车', documentDate });
const change = (status: Change['status'], date: string, documentId: string, derived = false): Change => ({
  status,
  date,
  derived,
  value: null,
  unit: null,
  share: null,
  note: null,
  sources: [span(documentId, date)],
});
const entity = (over: Partial<EntityRecord>): EntityRecord => ({
  id: 'pledge:p',
  kind: 'PLEDGE',
  name: '停车',
  nameEn: null,
  aliases: [],
  summary: null,
  summaryZh: null,
  sources: [span('document:article', '2023-01-29')],
  ...over,
});
const pledge = entity({
  status: 'kept',
  statusHistory: [
    change('pledged', '2023-01-29', 'document:article', true),
    change('in_the_works', '2023-06-30', 'document:midyear'),
    change('kept', '2023-12-20', 'document:annual'),
  ],
});

describe('a pledge over time', () => {
  it('has the status of its last change on or before the day; the latest without one', () => {
    expect(statusOn(pledge, null)).toBe('kept');
    expect(statusOn(pledge, '2023-12-19')).toBe('in_the_works');
    expect(statusOn(pledge, '2023-06-30')).toBe('in_the_works');
    expect(statusOn(pledge, '2023-06-29')).toBe('pledged');
    expect(statusOn(pledge, '2022-01-01')).toBe('pledged');
  });

  it('falls back on the status the API gave when it came without a history, and on pledged for an unknown word', () => {
    expect(statusOn(entity({ status: 'stalled' }), '2020-01-01')).toBe('stalled');
    expect(statusOn(entity({ status: 'done' }), null)).toBe('pledged');
  });

  it('was made on the day of its first (derived) entry', () => {
    expect(pledgedOn(pledge)).toBe('2023-01-29');
    expect(pledgedOn(entity({}))).toBeNull();
  });

  it('is on the canvas from the day it was made; a bureau always is', () => {
    expect(shownAt(pledge, { ...NO_TIME, asOf: '2023-01-29' })).toBe(true);
    expect(shownAt(pledge, { ...NO_TIME, asOf: '2023-01-28' })).toBe(false);
    expect(shownAt(entity({ id: 'bureau:b', kind: 'BUREAU', sources: [] }), { ...NO_TIME, documentId: 'document:midyear' })).toBe(true);
  });

  it('cites a document through its sources or through the words of its status changes', () => {
    expect(citesScope(pledge, { ...NO_TIME, documentId: 'document:midyear' })).toBe(true);
    expect(citesScope(entity({}), { ...NO_TIME, documentId: 'document:midyear' })).toBe(false);
    expect(citesScope(pledge, { ...NO_TIME, from: '2023-06-01', to: '2023-07-01' })).toBe(true);
    expect(citesScope(pledge, { ...NO_TIME, from: '2024-01-01' })).toBe(false);
    // One document in the range is not enough when it is not the chosen one.
    expect(citesScope(pledge, { ...NO_TIME, documentId: 'document:article', from: '2023-06-01' })).toBe(false);
    expect(citesScope(entity({ sources: [span('document:undated', null)] }), { ...NO_TIME, to: '2030-01-01' })).toBe(false);
    expect(citesScope(entity({ sources: [] }), NO_TIME)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultDocument } from '../../../client/src/app/defaultDocument.js';
import { isIsoDate, NO_TIME, setTime } from '../../../client/src/state/timeState.js';
import { stateFromQuery, stateToQuery } from '../../../client/src/state/urlState.js';
import { initialState } from '../../../client/src/state/ViewState.js';

describe('the "as of" day and the document scope', () => {
  it('takes real calendar days only', () => {
    expect(isIsoDate('2023-06-30')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2023-02-29', '2023-13-01', '2023-6-30', 'today', '', '2023-06-30T00:00']) expect(isIsoDate(bad), bad).toBe(false);
  });

  it('keeps a range whose ends cross from crossing: the end just set stays', () => {
    expect(setTime({ ...NO_TIME, to: '2023-03-01' }, { from: '2023-06-01' })).toEqual({ ...NO_TIME, from: '2023-06-01' });
    expect(setTime({ ...NO_TIME, from: '2023-06-01' }, { to: '2023-03-01' })).toEqual({ ...NO_TIME, to: '2023-03-01' });
    expect(setTime(NO_TIME, { asOf: 'nonsense', documentId: '' })).toEqual(NO_TIME);
  });

  it('round-trips through the link, and each bad value falls back on its own', () => {
    const defaults = initialState('en');
    const time = { asOf: '2023-06-01', documentId: 'document:bfb31a8f74b9e817', from: '2023-01-01', to: '2023-12-31' };
    const query = stateToQuery({ ...defaults, time }, defaults);
    expect(new URLSearchParams(query).get('asof')).toBe('2023-06-01');
    expect(stateFromQuery(query, defaults).time).toEqual(time);
    expect(stateFromQuery('asof=2023-02-30&doc=<x>&df=2023-07-01&dt=yesterday&v=bureau:a', defaults)).toMatchObject({
      visible: ['bureau:a'],
      time: { ...NO_TIME, from: '2023-07-01' },
    });
    expect(stateFromQuery('df=2023-07-01&dt=2023-01-01', defaults).time).toEqual({ ...NO_TIME, from: '2023-07-01' });
    // Today and every document: nothing in the link.
    expect(stateToQuery(defaults, defaults)).not.toMatch(/asof|doc=|df=|dt=/);
  });
});

describe('the document the reading view opens on', () => {
  it('is the article (the oldest seeded document), however many reports came after it', () => {
    const docs = [
      { id: 'document:late-report', origin: 'USER' as const },
      { id: 'document:article', origin: 'SEED' as const },
      { id: 'document:old-user', origin: 'USER' as const },
    ];
    expect(defaultDocument(docs)).toBe('document:article');
    expect(defaultDocument(docs.filter((d) => d.origin === 'USER'))).toBe('document:old-user');
    expect(defaultDocument([])).toBeNull();
  });
});

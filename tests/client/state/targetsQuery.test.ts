import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGETS } from '../../../client/src/state/targetsState.js';
import { stateFromQuery, stateToQuery } from '../../../client/src/state/urlState.js';
import { initialState } from '../../../client/src/state/ViewState.js';

describe('the investment-targets view in the URL', () => {
  const defaults = initialState('zh');

  it('carries the view, its mode, filters, sort and pick, and leaves defaults out', () => {
    const state = {
      ...defaults,
      view: 'targets' as const,
      targets: {
        mode: 'map' as const,
        stages: ['SETTLED' as const, 'NONE' as const],
        bureau: 'bureau:commerce',
        destination: 'place:shiqiao',
        text: '中通 logistics',
        sort: { column: 'stage' as const, descending: true },
        picked: 'enterprise:zto',
      },
    };
    const query = new URLSearchParams(stateToQuery(state, defaults));
    expect(Object.fromEntries(query)).toMatchObject({
      view: 'targets',
      tm: 'map',
      ts: 'SETTLED,NONE',
      tb: 'bureau:commerce',
      td: 'place:shiqiao',
      tq: '中通 logistics',
      to: '-stage',
      tp: 'enterprise:zto',
    });
    expect(stateFromQuery(query.toString(), defaults)).toEqual(state);
    expect(stateToQuery({ ...defaults, view: 'targets' }, defaults)).toBe('lang=zh&view=targets');
  });

  it('drops each malformed parameter on its own and keeps the rest', () => {
    const state = stateFromQuery(`view=targets&tm=globe&ts=SETTLED,BOGUS,settled,WATCHED&tb=<b>&td=place:x&tq=${'x'.repeat(101)}&to=price&tp=a b`, defaults);
    expect(state.view).toBe('targets');
    expect(state.targets).toEqual({ ...DEFAULT_TARGETS, stages: ['SETTLED', 'WATCHED'], destination: 'place:x' });
    expect(stateFromQuery('to=quote', defaults).targets.sort).toEqual({ column: 'quote', descending: false });
  });
});

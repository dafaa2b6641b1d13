import { describe, expect, it } from 'vitest';
import { linkOverCap, MAX_LINK_IDS, MAX_QUERY_LENGTH, stateFromQuery, stateToQuery } from '../../../client/src/state/urlState.js';
import { initialState } from '../../../client/src/state/ViewState.js';

const defaults = initialState('zh');
const ids = (n: number, prefix = 'pledge:some-fairly-long-pledge-slug') => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

// Crafted links must not make the page ask for thousands of ids, and the app must never write a
// link the server would refuse for its length (issue 11, row 11).
describe('the state in the URL is capped', () => {
  it('a crafted link of 2000 ids opens the first MAX_LINK_IDS of each list, and says it is over the cap', () => {
    const query = `v=${ids(2000).join(',')}&s=${ids(2000).join(',')}&lang=en`;
    const state = stateFromQuery(query, defaults);
    expect(state.visible).toEqual(ids(MAX_LINK_IDS));
    expect(state.selection).toHaveLength(MAX_LINK_IDS);
    expect(state.lang).toBe('en');
    expect(linkOverCap(query)).toBe(true);
  });

  it('a 20 kB query is over the cap; an ordinary link is not', () => {
    expect(linkOverCap(`v=bureau:a&junk=${'x'.repeat(20_000)}`)).toBe(true);
    expect(linkOverCap(stateToQuery({ ...defaults, visible: ids(20), selection: ['pledge:some-fairly-long-pledge-slug-3'] }, defaults))).toBe(false);
  });

  it('the app never writes a link over the caps, and keeps the selected and expanded nodes in it', () => {
    const visible = ids(600);
    const selected = visible[599]!;
    const expanded = visible[598]!;
    const query = stateToQuery({ ...defaults, visible, selection: [selected], expanded: [expanded] }, defaults);
    expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(linkOverCap(query)).toBe(false);
    const reopened = stateFromQuery(query, defaults);
    expect(reopened.visible.length).toBeLessThanOrEqual(MAX_LINK_IDS);
    expect(reopened.visible).toEqual(expect.arrayContaining([selected, expanded]));
    expect(reopened.selection).toEqual([selected]);
    expect(reopened.expanded).toEqual([expanded]);
  });

  it('ids long enough that MAX_LINK_IDS of them exceed MAX_QUERY_LENGTH: fewer ids, still under the length', () => {
    const visible = ids(MAX_LINK_IDS, `project:${'long-'.repeat(30)}slug`);
    const query = stateToQuery({ ...defaults, visible }, defaults);
    expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(stateFromQuery(query, defaults).visible.length).toBeGreaterThan(10);
  });
});

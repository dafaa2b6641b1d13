import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KIND_ORDER } from '../../../client/src/graph/kinds.js';
import { RELATIONSHIP_TYPES } from '../../../schema/vocabulary/relationships.js';
import { stateFromQuery, stateToQuery } from '../../../client/src/state/urlState.js';
import { STAGE_KEYS, TARGET_COLUMNS, TARGETS_MODES } from '../../../client/src/state/targetsState.js';
import { initialState, LANGS, LAYOUTS, MIN_BUREAUS, type ViewState } from '../../../client/src/state/ViewState.js';

const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const nodeId = fc.tuple(fc.constantFrom('bureau', 'pledge', 'project', 'place', 'enterprise', 'institution', 'event'), slug).map(([k, s]) => `${k}:${s}`);
const edgeId = fc.tuple(nodeId, fc.constantFrom(...RELATIONSHIP_TYPES), nodeId).map(([a, t, b]) => `${a}|${t}|${b}`);
const unique = <T>(arb: fc.Arbitrary<T>, max = 30) => fc.uniqueArray(arb, { maxLength: max });

const day = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** An "as of" day and a scope whose range never crosses (setTime keeps it so). */
const timeState = fc
  .record({
    asOf: fc.option(day, { nil: null }),
    documentId: fc.option(
      slug.map((s) => `document:${s}`),
      { nil: null },
    ),
    a: fc.option(day, { nil: null }),
    b: fc.option(day, { nil: null }),
  })
  .map(({ a, b, ...t }) => ({ ...t, from: a && b && a > b ? b : a, to: a && b && a > b ? a : b }));

/** Any state the app can be in: expanded and pinned nodes are visible, a path has two ends. */
const viewState: fc.Arbitrary<ViewState> = fc
  .record({
    visible: unique(nodeId),
    selection: unique(fc.oneof(nodeId, edgeId), 4),
    lang: fc.constantFrom(...LANGS),
    layout: fc.constantFrom(...LAYOUTS),
    hiddenKinds: unique(fc.constantFrom(...KIND_ORDER), KIND_ORDER.length),
    hiddenRelations: unique(fc.constantFrom(...RELATIONSHIP_TYPES), RELATIONSHIP_TYPES.length),
    path: fc.option(fc.record({ from: nodeId, to: nodeId }), { nil: null }),
    expandLimit: fc.integer({ min: 1, max: 500 }),
    walk: fc.option(fc.record({ id: slug.map((s) => `walkthrough:${s}`), step: fc.integer({ min: 1, max: 999 }) }), { nil: null }),
    view: fc.constantFrom('explorer' as const, 'shared' as const, 'targets' as const),
    minBureaus: fc.constantFrom(...MIN_BUREAUS),
    table: fc.boolean(),
    targets: fc.record({
      mode: fc.constantFrom(...TARGETS_MODES),
      // Stages come back in the table's order, whatever order the link lists them in.
      stages: fc.subarray([...STAGE_KEYS]),
      bureau: fc.option(nodeId, { nil: null }),
      destination: fc.option(nodeId, { nil: null }),
      text: fc.string({ maxLength: 50, unit: 'binary' }),
      sort: fc.option(fc.record({ column: fc.constantFrom(...TARGET_COLUMNS), descending: fc.boolean() }), { nil: null }),
      picked: fc.option(nodeId, { nil: null }),
    }),
    time: timeState,
    reading: fc.option(
      slug.map((s) => `document:${s}`),
      { nil: null },
    ),
    pickExpanded: fc.array(fc.boolean(), { maxLength: 30 }),
    pickPinned: fc.array(fc.boolean(), { maxLength: 30 }),
  })
  .map(({ pickExpanded, pickPinned, ...s }) => ({
    ...s,
    expanded: s.visible.filter((_, i) => pickExpanded[i]),
    pinned: s.visible.filter((_, i) => pickPinned[i]),
  }));

describe('view state ⇄ URL', () => {
  it('reopens exactly the state a link was made from', () => {
    fc.assert(
      fc.property(viewState, fc.constantFrom(...LANGS), (state, storedLang) => {
        const defaults = initialState(storedLang);
        expect(stateFromQuery(stateToQuery(state, defaults), defaults)).toEqual(state);
      }),
    );
  });

  it('survives the query string a browser hands back (re-encoded, with a leading ?)', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        const defaults = initialState();
        const url = new URL(`http://host/?${stateToQuery(state, defaults)}`);
        expect(stateFromQuery(url.search.slice(1), defaults)).toEqual(state);
      }),
    );
  });

  it('never throws on a mangled link; each bad parameter falls back on its own', () => {
    fc.assert(
      fc.property(fc.string(), (junk) => {
        expect(() => stateFromQuery(junk, initialState())).not.toThrow();
      }),
    );
    const defaults = initialState('en');
    const state = stateFromQuery('v=bureau:a,<script>,bureau:a,place:b&layout=spiral&lang=fr&hk=PLEDGE,NOPE&n=-4&pf=bureau:a', defaults);
    expect(state.visible).toEqual(['bureau:a', 'place:b']);
    expect(state.layout).toBe(defaults.layout);
    expect(state.lang).toBe('en');
    expect(state.hiddenKinds).toEqual(['PLEDGE']);
    expect(state.expandLimit).toBe(defaults.expandLimit);
    // A path needs both ends.
    expect(state.path).toBeNull();
  });

  it('keeps links short: defaults are left out', () => {
    const defaults = initialState('zh');
    expect(stateToQuery({ ...defaults, visible: ['bureau:a'] }, defaults)).toBe('v=bureau%3Aa&lang=zh');
  });

  it('carries presenter mode as walk=<id>&step=<1-based>, and a bad step falls back to the first', () => {
    const defaults = initialState('en');
    const presenting = { ...defaults, visible: ['bureau:a'], walk: { id: 'walkthrough:pledges-at-a-glance', step: 2 } };
    const query = stateToQuery(presenting, defaults);
    expect(new URLSearchParams(query).get('walk')).toBe('walkthrough:pledges-at-a-glance');
    expect(new URLSearchParams(query).get('step')).toBe('2');
    expect(stateFromQuery(query, defaults)).toEqual(presenting);
    // Leaving presenter mode takes both out of the link.
    expect(stateToQuery({ ...presenting, walk: null }, defaults)).not.toMatch(/walk=|step=/);
    for (const step of ['0', '-1', '2.5', 'two', ''])
      expect(stateFromQuery(`walk=walkthrough:w&step=${step}`, defaults).walk).toEqual({ id: 'walkthrough:w', step: 1 });
    expect(stateFromQuery('walk=walkthrough:w', defaults).walk).toEqual({ id: 'walkthrough:w', step: 1 });
    // A step without a walkthrough, or a walkthrough id that is not an id, means no presenter mode.
    expect(stateFromQuery('step=3', defaults).walk).toBeNull();
    expect(stateFromQuery('walk=<script>&step=3', defaults).walk).toBeNull();
  });

  it('carries the shared-projects matrix as view=shared and its N as mb=1|2|3 (2 by default, left out)', () => {
    const defaults = initialState('en');
    const shared = stateFromQuery('view=shared&mb=3', defaults);
    expect(shared.view).toBe('shared');
    expect(shared.minBureaus).toBe(3);
    expect(stateToQuery({ ...defaults, view: 'shared' }, defaults)).toBe('lang=en&view=shared');
    expect(stateFromQuery('view=shared', defaults).minBureaus).toBe(2);
    for (const bad of ['view=matrix&mb=4', 'view=&mb=0', 'mb=2.5', 'mb=two'])
      expect(stateFromQuery(bad, defaults)).toMatchObject({ view: 'explorer', minBureaus: 2 });
  });
});

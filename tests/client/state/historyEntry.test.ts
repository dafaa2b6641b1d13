import { describe, expect, it } from 'vitest';
import { historyEntry } from '../../../client/src/state/historyEntry.js';
import * as T from '../../../client/src/state/transitions.js';
import { initialState, type ViewState } from '../../../client/src/state/ViewState.js';

const A = 'bureau:a';
const B = 'project:b';
const C = 'place:c';
const base: ViewState = { ...initialState('en'), visible: [A, B], selection: [A] };

// Which changes make a browser-history entry (Back returns to the state before) and which rewrite the present one.
describe('push or replace', () => {
  it('the first address of the page is never a new entry', () => {
    expect(historyEntry(null, base)).toBe('replace');
  });

  it.each<[string, ViewState]>([
    ['a new focus', T.select(base, [B])],
    ['a node added to the selection (it becomes the focus)', T.select(base, [A, B])],
    ['an expansion (the canvas gains nodes)', T.addNodes(base, [C], A)],
    ['a hidden node', T.hideNodes(base, [B])],
    ['a path', T.setPath(base, { from: A, to: B })],
    ['the matrix', { ...base, view: 'shared' }],
    ['the investment targets', { ...base, view: 'targets' }],
    ['the canvas table', { ...base, table: true }],
    ['entering a talk', { ...base, walk: { id: 'walkthrough:w', step: 1 } }],
  ])('%s pushes', (_, after) => {
    expect(historyEntry(base, after)).toBe('push');
  });

  it('each step of a talk is an entry, so Back is the previous step', () => {
    const talk = { ...base, walk: { id: 'walkthrough:w', step: 2 } };
    expect(historyEntry(talk, { ...talk, walk: { id: 'walkthrough:w', step: 3 } })).toBe('push');
    expect(historyEntry(talk, { ...talk, walk: null })).toBe('push');
  });

  it.each<[string, ViewState]>([
    ['the same state', base],
    ['clearing the selection', T.select(base, [])],
    ['the language', T.setLang(base, 'zh')],
    ['the layout', T.setLayout(base, 'concentric')],
    ['a kind filter', T.toggleKind(base, 'PLEDGE')],
    ['a relation filter', T.toggleRelation(base, 'MADE')],
    ['the expansion limit', T.setExpandLimit(base, 5)],
    ['the matrix’s N', { ...base, minBureaus: 3 }],
    ['a pin', T.togglePins(base, [A])],
    ['the same nodes in another order', { ...base, visible: [B, A] }],
  ])('%s replaces', (_, after) => {
    expect(historyEntry(base, after)).toBe('replace');
  });
});

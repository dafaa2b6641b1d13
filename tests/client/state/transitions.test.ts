import { describe, expect, it } from 'vitest';
import {
  addNodes,
  hideNodes,
  keepSelection,
  select,
  setPath,
  showAllTypes,
  showOnly,
  toggleKind,
  toggleRelation,
} from '../../../client/src/state/transitions.js';
import { initialState, type ViewState } from '../../../client/src/state/ViewState.js';

const base = (patch: Partial<ViewState> = {}): ViewState => ({ ...initialState(), ...patch });

describe('view-state transitions', () => {
  it('adds nodes once, in order, and remembers which node was expanded', () => {
    const s = addNodes(base({ visible: ['a:1'] }), ['a:2', 'a:1', 'a:3'], 'a:1');
    expect(s.visible).toEqual(['a:1', 'a:2', 'a:3']);
    expect(s.expanded).toEqual(['a:1']);
  });

  it('hiding a node drops it from the selection, the expanded list and any path through it', () => {
    const s = base({ visible: ['a:1', 'a:2', 'a:3'], selection: ['a:2', 'a:1|MADE|a:2'], expanded: ['a:2'], path: { from: 'a:1', to: 'a:2' } });
    const hidden = hideNodes(s, ['a:2']);
    expect(hidden.visible).toEqual(['a:1', 'a:3']);
    expect(hidden.selection).toEqual([]);
    expect(hidden.expanded).toEqual([]);
    expect(hidden.path).toBeNull();
  });

  it('"hide all but the selection" keeps selected nodes and both ends of selected edges', () => {
    const s = base({ visible: ['a:1', 'a:2', 'a:3', 'a:4'], selection: ['a:4', 'a:1|MADE|a:2'] });
    expect(keepSelection(s).visible).toEqual(['a:1', 'a:2', 'a:4']);
    // With nothing selected it changes nothing (it must not empty the canvas).
    const none = base({ visible: ['a:1'] });
    expect(keepSelection(none)).toBe(none);
  });

  it('replacing the canvas keeps only what still applies', () => {
    const s = showOnly(base({ visible: ['a:1'], selection: ['a:1'], expanded: ['a:1'] }), ['a:2', 'a:2']);
    expect(s).toMatchObject({ visible: ['a:2'], selection: [], expanded: [] });
  });

  it('toggles a kind or a relationship type off and on, and shows everything again at once', () => {
    const hidden = toggleRelation(toggleKind(toggleKind(base({ visible: ['a'] }), 'PLACE'), 'PLEDGE'), 'MADE');
    expect([hidden.hiddenKinds, hidden.hiddenRelations]).toEqual([['PLACE', 'PLEDGE'], ['MADE']]);
    expect(toggleKind(hidden, 'PLACE').hiddenKinds).toEqual(['PLEDGE']);
    expect(showAllTypes(hidden)).toMatchObject({ hiddenKinds: [], hiddenRelations: [], visible: hidden.visible });
  });

  it('ends presenter mode when the canvas is edited: the URL must not claim a step it does not show', () => {
    const presenting = base({ visible: ['a', 'b'], selection: ['a'], walk: { id: 'walkthrough:w', step: 2 } });
    expect(addNodes(presenting, ['c']).walk).toBeNull();
    expect(hideNodes(presenting, ['b']).walk).toBeNull();
    expect(keepSelection(presenting).walk).toBeNull();
    expect(showOnly(presenting, ['a']).walk).toBeNull();
    // Selecting, or changing the language, is not an edit of the step.
    expect(select(presenting, ['b']).walk).toEqual({ id: 'walkthrough:w', step: 2 });
  });

  it('never mutates its input', () => {
    const s = Object.freeze(base({ visible: Object.freeze(['a:1']) as string[], selection: Object.freeze(['a:1']) as string[] }));
    expect(() => [addNodes(s, ['a:2']), hideNodes(s, ['a:1']), select(s, []), setPath(s, null)]).not.toThrow();
    expect(s.visible).toEqual(['a:1']);
  });
});

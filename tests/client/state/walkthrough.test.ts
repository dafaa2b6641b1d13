import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampStep, endWalk, goToStep, moveStep } from '../../../client/src/state/walkthrough.js';
import { initialState } from '../../../client/src/state/ViewState.js';

const walk = {
  id: 'walkthrough:w',
  steps: [{ focus: ['bureau:a', 'event:m'] }, { focus: ['project:p', 'pledge:q', 'bureau:a'] }, { focus: ['place:r'] }],
};

describe('walkthrough steps', () => {
  it('clamps any step into 1..count', () => {
    expect(clampStep(0, 6)).toBe(1);
    expect(clampStep(7, 6)).toBe(6);
    expect(clampStep(3, 6)).toBe(3);
    expect(clampStep(Number.NaN, 6)).toBe(1);
    expect(clampStep(4, 0)).toBe(1);
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 50 }), (step, count) => {
        const at = clampStep(step, count);
        expect(at).toBeGreaterThanOrEqual(1);
        expect(at).toBeLessThanOrEqual(count);
      }),
    );
  });

  it('moves one step, stops at the ends (a clicker must not wrap), jumps to first and last', () => {
    expect(moveStep(1, 6, 'next')).toBe(2);
    expect(moveStep(6, 6, 'next')).toBe(6);
    expect(moveStep(1, 6, 'previous')).toBe(1);
    expect(moveStep(4, 6, 'previous')).toBe(3);
    expect(moveStep(4, 6, 'first')).toBe(1);
    expect(moveStep(2, 6, 'last')).toBe(6);
  });

  it('a step shows exactly its focus, selected, with filters and path cleared', () => {
    const before = {
      ...initialState('en'),
      visible: ['x:1', 'bureau:a'],
      selection: ['x:1'],
      expanded: ['x:1'],
      hiddenKinds: ['PLEDGE' as const],
      hiddenRelations: ['MADE'],
      path: { from: 'x:1', to: 'bureau:a' },
    };
    const state = goToStep(before, walk, 2);
    expect(state.visible).toEqual(['project:p', 'pledge:q', 'bureau:a']);
    expect(state.selection).toEqual(state.visible);
    expect(state).toMatchObject({ expanded: [], hiddenKinds: [], hiddenRelations: [], path: null, walk: { id: walk.id, step: 2 }, lang: 'en' });
    // A step past the end (an old link) opens the last one.
    expect(goToStep(before, walk, 9).walk).toEqual({ id: walk.id, step: 3 });
    expect(goToStep(before, walk, 9).visible).toEqual(['place:r']);
    expect(before.visible).toEqual(['x:1', 'bureau:a']);
  });

  it('leaving keeps the last step on the canvas and drops the walk', () => {
    const state = goToStep(initialState(), walk, 3);
    expect(endWalk(state)).toEqual({ ...state, walk: null });
    const exploring = initialState();
    expect(endWalk(exploring)).toBe(exploring);
  });
});

describe('a step that names its selection', () => {
  it('selects exactly that (within the focus), not the whole focus', () => {
    const named = { id: 'walkthrough:s', steps: [{ focus: ['bureau:a', 'project:p'], selection: ['project:p', 'place:gone'] }] };
    expect(goToStep(initialState(), named, 1)).toMatchObject({ visible: ['bureau:a', 'project:p'], selection: ['project:p'] });
  });
});

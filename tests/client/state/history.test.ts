import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, canRedo, canUndo, record, redo, replace, startHistory, undo } from '../../../client/src/state/history.js';

describe('undo / redo history', () => {
  it('undo after any run of steps walks back through them, redo walks forward again', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 40 }), (steps) => {
        let h = startHistory(-1);
        for (const s of steps) h = record(h, s);
        // Recording the state already present is not a step.
        const distinct = [-1, ...steps].filter((s, i, all) => i === 0 || s !== all[i - 1]);
        const seen: number[] = [h.present];
        while (canUndo(h)) {
          h = undo(h);
          seen.push(h.present);
        }
        expect(seen.reverse()).toEqual(distinct);
        for (const s of distinct.slice(1)) {
          h = redo(h);
          expect(h.present).toBe(s);
        }
        expect(canRedo(h)).toBe(false);
      }),
    );
  });

  it('a new step after an undo drops the redo branch', () => {
    let h = record(record(startHistory('a'), 'b'), 'c');
    h = undo(h);
    h = record(h, 'd');
    expect(h.present).toBe('d');
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe('b');
  });

  it('replace changes the present without making a step', () => {
    const h = replace(record(startHistory('a'), 'b'), 'b2');
    expect(h.present).toBe('b2');
    expect(undo(h).present).toBe('a');
  });

  it('keeps at most HISTORY_LIMIT steps, and undo on an empty history is a no-op', () => {
    let h = startHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 20; i++) h = record(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    const empty = startHistory('x');
    expect(undo(empty)).toBe(empty);
    expect(redo(empty)).toBe(empty);
  });
});

import { describe, expect, it } from 'vitest';
import { readWalkSignal } from '../../../client/src/state/walkSignal.js';

describe('messages between the room and the speaker view', () => {
  it('accepts the three kinds of message', () => {
    expect(readWalkSignal({ type: 'step', walk: 'walkthrough:tour', step: 3 })).toEqual({ type: 'step', walk: 'walkthrough:tour', step: 3 });
    expect(readWalkSignal({ type: 'where' })).toEqual({ type: 'where' });
    expect(readWalkSignal({ type: 'ended', walk: 'walkthrough:tour' })).toEqual({ type: 'ended', walk: 'walkthrough:tour' });
  });

  it('drops anything else another page of the origin might post', () => {
    for (const data of [
      null,
      'step',
      { type: 'step', walk: 'walkthrough:tour' },
      { type: 'step', walk: 'walkthrough:tour', step: 0 },
      { type: 'step', walk: 'walkthrough:tour', step: 2.5 },
      { type: 'step', walk: 'walkthrough:tour', step: '2' },
      { type: 'step', walk: 'walk through', step: 2 },
      { type: 'step', walk: '', step: 2 },
      { type: 'jump', walk: 'walkthrough:tour', step: 2 },
    ]) {
      expect(readWalkSignal(data)).toBeNull();
    }
  });

  it('keeps only the fields it knows', () => {
    expect(readWalkSignal({ type: 'step', walk: 'walkthrough:tour', step: 1, html: '<img onerror>' })).toEqual({
      type: 'step',
      walk: 'walkthrough:tour',
      step: 1,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { captureStep } from '../../../client/src/state/stepCapture.js';

const texts = { title: 'Step 1', titleZh: '第 1 步' };
const positions = new Map([
  ['bureau:a', { x: 10.123456, y: -20.5 }],
  ['project:p', { x: 300, y: 40.006 }],
  ['pledge:q', { x: -7, y: 8 }],
]);

describe('capturing the canvas as a step', () => {
  it('keeps what is shown, where it is, with the camera: a preset step', () => {
    const step = captureStep(
      {
        shown: ['bureau:a', 'project:p', 'bureau:a'],
        selection: ['project:p', 'bureau:a|PLEDGES|project:p', 'gone:x'],
        highlight: null,
        positions,
        viewport: { zoom: 1.23456, pan: { x: 5.555, y: -6 } },
      },
      texts,
    );
    expect(step.focus).toEqual(['bureau:a', 'project:p']);
    // Only nodes of the focus: an edge id or a node no longer shown is not a step's selection.
    expect(step.selection).toEqual(['project:p']);
    // Without a path, what is selected is what the step emphasises.
    expect(step.highlight).toEqual(['project:p']);
    expect(step.layout).toBe('preset');
    expect(step.positions).toEqual([
      { id: 'bureau:a', x: 10.12, y: -20.5 },
      { id: 'project:p', x: 300, y: 40.01 },
    ]);
    expect(step.viewport).toEqual({ zoom: 1.2346, x: 5.56, y: -6 });
    expect(step).toMatchObject({ ...texts, narration: '', notes: '', notesZh: '' });
  });

  it('emphasises a shown path rather than the selection', () => {
    const step = captureStep(
      {
        shown: ['bureau:a', 'project:p', 'pledge:q'],
        selection: ['bureau:a'],
        highlight: new Set(['pledge:q', 'project:p', 'pledge:q|CONCERNS|project:p']),
        positions,
        viewport: { zoom: 1, pan: { x: 0, y: 0 } },
      },
      texts,
    );
    expect(step.highlight).toEqual(['project:p', 'pledge:q']);
    expect(step.selection).toEqual(['bureau:a']);
  });

  it('lays the step out instead when a node has no position (never a pile of nodes)', () => {
    const step = captureStep({ shown: ['bureau:a', 'event:m'], selection: [], highlight: null, positions, viewport: { zoom: 2, pan: { x: 1, y: 1 } } }, texts);
    expect(step).toMatchObject({ layout: 'fcose', positions: [], viewport: null, focus: ['bureau:a', 'event:m'] });
  });
});

import { describe, expect, it } from 'vitest';
import { elapsed, speakerModel } from '../../../client/src/app/speakerModel.js';
import { stepPlacement } from '../../../client/src/app/stepPlacement.js';
import type { WalkthroughRecord } from '../../../client/src/api/records.js';

const positions = [
  { id: 'bureau:a', x: 1, y: 2 },
  { id: 'project:p', x: 3, y: 4 },
];

describe('how a step is placed', () => {
  it('exactly where it was saved, with its camera, when every node has a position', () => {
    const viewport = { zoom: 1.5, x: 10, y: 20 };
    expect(stepPlacement({ focus: ['bureau:a', 'project:p'], positions, viewport, layout: 'preset' })).toEqual({ full: true, preset: { positions, viewport } });
    expect(stepPlacement({ focus: ['bureau:a', 'project:p'], positions, viewport: null, layout: null })).toEqual({
      full: true,
      preset: { positions, viewport: null },
    });
  });

  it('by its layout (fcose when it names none or an unknown one) when a node lacks a position', () => {
    expect(stepPlacement({ focus: ['bureau:a', 'event:m'], positions, viewport: null, layout: 'concentric' })).toEqual({ full: true, layout: 'concentric' });
    expect(stepPlacement({ focus: ['bureau:a'], positions: [], viewport: null, layout: null })).toEqual({ full: true, layout: 'fcose' });
    expect(stepPlacement({ focus: ['bureau:a'], positions: [], viewport: null, layout: 'preset' })).toEqual({ full: true, layout: 'fcose' });
    expect(stepPlacement(undefined)).toEqual({ full: true, layout: 'fcose' });
  });
});

const walk: WalkthroughRecord = {
  id: 'walkthrough:w',
  title: 'Tour',
  titleZh: '导览',
  origin: 'USER',
  updatedAt: null,
  steps: [1, 2, 3].map((n) => ({
    title: `T${n}`,
    titleZh: n === 2 ? null : `标题${n}`,
    narration: `N${n}`,
    narrationZh: `解说${n}`,
    notes: n === 3 ? null : `notes ${n}`,
    notesZh: n === 1 ? `备注${n}` : null,
    focus: [],
    highlight: [],
    selection: [],
    layout: null,
    positions: [],
    viewport: null,
  })),
};

describe('the speaker view of a step', () => {
  it('shows the notes in the page language, the other language one click away, and the next title', () => {
    expect(speakerModel(walk, 1, 'zh')).toEqual({
      lang: 'zh',
      walkTitle: '导览',
      step: 1,
      count: 3,
      title: '标题1',
      narration: '解说1',
      notes: '备注1',
      otherNotes: 'notes 1',
      nextTitle: 'T2',
    });
    expect(speakerModel(walk, 1, 'en')).toMatchObject({ notes: 'notes 1', otherNotes: '备注1', nextTitle: 'T2', title: 'T1' });
  });

  it('falls back on the language that was written, and has no next step at the end', () => {
    expect(speakerModel(walk, 2, 'zh')).toMatchObject({ notes: 'notes 2', otherNotes: '', title: 'T2' });
    expect(speakerModel(walk, 9, 'en')).toMatchObject({ step: 3, notes: '', otherNotes: '', nextTitle: null });
  });

  it('counts the talk in minutes and seconds, hours when it runs long', () => {
    expect(elapsed(0)).toBe('0:00');
    expect(elapsed(65_400)).toBe('1:05');
    expect(elapsed(3_725_000)).toBe('1:02:05');
    expect(elapsed(-5)).toBe('0:00');
  });
});

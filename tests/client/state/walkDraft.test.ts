import { describe, expect, it } from 'vitest';
import type { WalkthroughRecord } from '../../../client/src/api/records.js';
import * as D from '../../../client/src/state/walkDraft.js';

const step = (title: string, focus: string[]): D.DraftStep => ({
  title,
  titleZh: '',
  narration: `About ${title}`,
  narrationZh: '',
  notes: '',
  notesZh: '',
  focus,
  highlight: [],
  selection: [],
  layout: 'preset',
  positions: focus.map((id, i) => ({ id, x: i * 10, y: -i })),
  viewport: { zoom: 1.25, x: 3, y: 4 },
});

const seeded: WalkthroughRecord = {
  id: 'walkthrough:seed',
  title: 'Seeded',
  titleZh: '种子',
  origin: 'SEED',
  updatedAt: null,
  steps: [
    {
      title: 'One',
      titleZh: '一',
      narration: 'n',
      narrationZh: null,
      notes: 'say this',
      notesZh: null,
      focus: ['bureau:a'],
      highlight: [],
      selection: [],
      layout: null,
      positions: [],
      viewport: null,
    },
  ],
};

const titles = (d: D.Draft) => d.steps.map((s) => s.title);

describe('the walkthrough draft', () => {
  it('adds, moves and deletes steps, flagging every change as unsaved', () => {
    let d = D.editTitle(D.emptyDraft(), { title: 'Mine' });
    expect(d.dirty).toBe(true);
    d = D.addStep(D.addStep(D.addStep(d, step('a', ['x:1'])), step('b', ['x:2'])), step('c', ['x:3']));
    expect(titles(d)).toEqual(['a', 'b', 'c']);
    expect(titles(D.addStep(d, step('first', []), 0))).toEqual(['first', 'a', 'b', 'c']);
    expect(titles(D.moveDraftStep(d, 2, -1))).toEqual(['a', 'c', 'b']);
    expect(titles(D.moveDraftStep(d, 0, 1))).toEqual(['b', 'a', 'c']);
    // At the ends nothing moves, and the draft is the same object (nothing to redraw).
    expect(D.moveDraftStep(d, 0, -1)).toBe(d);
    expect(D.moveDraftStep(d, 2, 1)).toBe(d);
    expect(titles(D.deleteStep(d, 1))).toEqual(['a', 'c']);
    expect(D.deleteStep(d, 7)).toBe(d);
    expect(D.editStep(d, 1, { notesZh: '备注' }).steps[1]!.notesZh).toBe('备注');
  });

  it('opens a saved walkthrough clean, and a seeded one as a read-only template that a duplicate frees', () => {
    const d = D.draftOf(seeded);
    expect(d).toMatchObject({ id: 'walkthrough:seed', seed: true, dirty: false, titleZh: '种子' });
    expect(d.steps[0]).toMatchObject({ notes: 'say this', notesZh: '', narrationZh: '' });
    expect(D.saveProblem(d)).toBe('seed');
    const copy = D.duplicateDraft(d, (t) => `${t} (copy)`);
    expect(copy).toMatchObject({ id: null, seed: false, dirty: true, title: 'Seeded (copy)', titleZh: '种子 (copy)' });
    expect(D.saveProblem(copy)).toBeNull();
    // A copy is created anew: no id goes to the server.
    expect(D.toInput(copy)).not.toHaveProperty('id');
    // Editing the copy leaves the template untouched.
    expect(D.editStep(copy, 0, { title: 'changed' }).steps[0]!.title).toBe('changed');
    expect(d.steps[0]!.title).toBe('One');
  });

  it('says why a draft cannot be saved', () => {
    expect(D.saveProblem(D.emptyDraft())).toBe('noTitle');
    expect(D.saveProblem(D.editTitle(D.emptyDraft(), { title: '  ' }))).toBe('noTitle');
    expect(D.saveProblem(D.editTitle(D.emptyDraft(), { title: 'T' }))).toBe('noSteps');
    expect(D.saveProblem(D.addStep(D.editTitle(D.emptyDraft(), { title: 'T' }), step(' ', ['x:1'])))).toBe('untitledStep');
  });

  it('maps to the mutation input: trimmed texts, unwritten ones null, positions and viewport as captured', () => {
    const saved = { ...D.draftOf({ ...seeded, origin: 'USER', id: 'walkthrough:mine' }) };
    const d = D.addStep(D.editTitle(saved, { title: ' Mine ', titleZh: '' }), { ...step('b', ['x:1', 'x:2']), notes: ' look left ' });
    const input = D.toInput(d);
    expect(input).toMatchObject({ id: 'walkthrough:mine', title: 'Mine', titleZh: null });
    expect(input.steps[1]).toEqual({
      title: 'b',
      titleZh: null,
      narration: 'About b',
      narrationZh: null,
      notes: 'look left',
      notesZh: null,
      focus: ['x:1', 'x:2'],
      highlight: [],
      selection: [],
      layout: 'preset',
      positions: [
        { id: 'x:1', x: 0, y: -0 },
        { id: 'x:2', x: 10, y: -1 },
      ],
      viewport: { zoom: 1.25, x: 3, y: 4 },
    });
    // As a record (a preview), the draft presents like the saved walkthrough would.
    const record = D.draftAsRecord(d, 'preview');
    expect(record.steps[1]).toMatchObject({ notes: 'look left', titleZh: null, positions: input.steps[1]!.positions });
  });
});

import { describe, expect, it } from 'vitest';
import { commandIntent } from '../../../client/src/app/commandIntent.js';
import { commandFor, SHORTCUTS } from '../../../client/src/app/shortcuts.js';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; shiftKey: boolean }> = {}, presenting = false) =>
  commandIntent(commandFor({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods }, presenting)!);

describe('what a shortcut means', () => {
  it('gives every command the help lists an intent', () => {
    for (const { command } of SHORTCUTS) expect(commandIntent(command).type).toBeTruthy();
  });

  it('means what the buttons mean: Enter expands the selection, Ctrl+Z undoes, L switches language', () => {
    expect(press('Enter')).toEqual({ type: 'expand' });
    expect(press('z', { ctrlKey: true })).toEqual({ type: 'undo' });
    expect(press('Delete', { shiftKey: true })).toEqual({ type: 'hideOthers' });
    expect(press('l')).toEqual({ type: 'toggleLang' });
    expect(press('/')).toEqual({ type: 'focusSearch' });
    expect(press('Escape')).toEqual({ type: 'deselect' });
  });

  it("[ and ] set the path panel's start and end from the selection, P shows the paths", () => {
    expect(press('[')).toEqual({ type: 'setPathEnd', end: 'from' });
    expect(press(']')).toEqual({ type: 'setPathEnd', end: 'to' });
    expect(press('p')).toEqual({ type: 'findPaths' });
  });

  it('steps through a walkthrough while presenting, where Esc leaves', () => {
    expect(press('PageDown', {}, true)).toEqual({ type: 'moveStep', move: 'next' });
    expect(press('ArrowLeft', {}, true)).toEqual({ type: 'moveStep', move: 'previous' });
    expect(press('Home', {}, true)).toEqual({ type: 'moveStep', move: 'first' });
    expect(press('End', {}, true)).toEqual({ type: 'moveStep', move: 'last' });
    expect(press('Escape', {}, true)).toEqual({ type: 'exitPresenter' });
  });
});

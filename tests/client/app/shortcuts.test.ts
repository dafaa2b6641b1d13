import { describe, expect, it } from 'vitest';
import { commandFor, SHORTCUTS } from '../../../client/src/app/shortcuts.js';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('keyboard shortcuts', () => {
  it('undo is Ctrl+Z (or Cmd+Z), redo Ctrl+Shift+Z or Ctrl+Y', () => {
    expect(commandFor(key('z', { ctrlKey: true }))).toBe('undo');
    expect(commandFor(key('z', { metaKey: true }))).toBe('undo');
    expect(commandFor(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(commandFor(key('y', { ctrlKey: true }))).toBe('redo');
  });

  it('maps Enter to expand, Delete to hide, Shift+Delete to hide the rest, ? to help', () => {
    expect(commandFor(key('Enter'))).toBe('expand');
    expect(commandFor(key('Delete'))).toBe('hide');
    expect(commandFor(key('Delete', { shiftKey: true }))).toBe('hideOthers');
    expect(commandFor(key('?', { shiftKey: true }))).toBe('help');
    expect(commandFor(key('x'))).toBeNull();
    expect(commandFor(key('z', { altKey: true }))).toBeNull();
  });

  it('Shift+P pins the selection (P alone shows the paths); Shift+F10 and the context-menu key open the node’s menu (F10 alone does nothing)', () => {
    // Shift makes the key 'P'; Caps Lock too, without Shift: that one stays "Show paths".
    expect(commandFor(key('P', { shiftKey: true }))).toBe('pin');
    expect(commandFor(key('p'))).toBe('findPaths');
    expect(commandFor(key('P'))).toBe('findPaths');
    expect(commandFor(key('F10', { shiftKey: true }))).toBe('menu');
    expect(commandFor(key('ContextMenu'))).toBe('menu');
    expect(commandFor(key('F10'))).toBeNull();
    expect(commandFor(key('z', { altKey: true }))).toBeNull();
  });

  it('gives no two commands the same keys in the help (pin and "Show paths" used to share P)', () => {
    const keys = (presenting: boolean) => SHORTCUTS.filter((s) => Boolean(s.presenting) === presenting).flatMap((s) => s.keys.split(' / '));
    for (const presenting of [false, true]) expect(new Set(keys(presenting)).size).toBe(keys(presenting).length);
  });

  it('lists every command in the help exactly once', () => {
    const commands = SHORTCUTS.map((s) => s.command);
    expect(new Set(commands).size).toBe(commands.length);
    expect(commands.sort()).toEqual(
      [
        'escape',
        'expand',
        'fit',
        'help',
        'hide',
        'hideOthers',
        'pin',
        'menu',
        'lang',
        'redo',
        'search',
        'undo',
        'zoom',
        'pathFrom',
        'pathTo',
        'findPaths',
        'nextStep',
        'previousStep',
        'firstStep',
        'lastStep',
        'exitPresenter',
      ].sort(),
    );
  });

  it('in presenter mode, → PageDown Space step on, ← PageUp back, Home End to the ends, Esc leaves', () => {
    const presenting = (k: string, mods = {}) => commandFor(key(k, mods), true);
    for (const k of ['ArrowRight', 'PageDown', ' ']) expect(presenting(k)).toBe('nextStep');
    for (const k of ['ArrowLeft', 'PageUp']) expect(presenting(k)).toBe('previousStep');
    expect(presenting('Home')).toBe('firstStep');
    expect(presenting('End')).toBe('lastStep');
    expect(presenting('Escape')).toBe('exitPresenter');
    // The explorer's other keys still work while presenting.
    expect(presenting('f')).toBe('fit');
    expect(presenting('l')).toBe('lang');
    expect(presenting('z', { ctrlKey: true })).toBe('undo');
  });

  it('outside presenter mode the presenter keys mean nothing new, and Esc still clears', () => {
    for (const k of ['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', ' ', 'Home', 'End']) expect(commandFor(key(k))).toBeNull();
    expect(commandFor(key('Escape'))).toBe('escape');
  });
});

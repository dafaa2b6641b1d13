export type Command = 'search' | 'expand' | 'hide' | 'hideOthers' | 'undo' | 'redo' | 'fit' | 'zoom' | 'lang' | 'help' | 'escape';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The keys, as the help dialog lists them. */
export const SHORTCUTS: readonly { keys: string; command: Command }[] = [
  { keys: '/', command: 'search' },
  { keys: 'Enter', command: 'expand' },
  // Backspace too: Mac keyboards have no Delete key.
  { keys: 'Delete / Backspace', command: 'hide' },
  { keys: 'Shift+Delete / Shift+Backspace', command: 'hideOthers' },
  { keys: 'Ctrl+Z', command: 'undo' },
  { keys: 'Ctrl+Shift+Z / Ctrl+Y', command: 'redo' },
  { keys: 'F', command: 'fit' },
  { keys: 'Z', command: 'zoom' },
  { keys: 'L', command: 'lang' },
  { keys: '?', command: 'help' },
  { keys: 'Esc', command: 'escape' },
];

/** Which command a key press means, or null. Cmd counts as Ctrl, as Mac users expect. */
export function commandFor(e: KeyLike): Command | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (e.altKey) return null;
  if (mod) {
    if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
    if (key === 'y') return 'redo';
    return null;
  }
  switch (key) {
    case '/':
      return 'search';
    case '?':
      return 'help';
    case 'Enter':
      return 'expand';
    case 'Delete':
    case 'Backspace':
      return e.shiftKey ? 'hideOthers' : 'hide';
    case 'f':
      return 'fit';
    case 'z':
      return 'zoom';
    case 'l':
      return 'lang';
    case 'Escape':
      return 'escape';
    default:
      return null;
  }
}

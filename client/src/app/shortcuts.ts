export type Command =
  'search' | 'expand' | 'hide' | 'hideOthers' | 'pin' | 'menu' | 'undo' | 'redo' | 'fit' | 'zoom' | 'lang' | 'help' | 'escape' | PathCommand | PresenterCommand;
/** The path panel's buttons, so that a keyboard user reaches a path without tabbing through the page. */
export type PathCommand = 'pathFrom' | 'pathTo' | 'findPaths';
export type PresenterCommand = 'nextStep' | 'previousStep' | 'firstStep' | 'lastStep' | 'exitPresenter';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The keys, as the help dialog lists them; `presenting`: only in presenter mode. */
export const SHORTCUTS: readonly { keys: string; command: Command; presenting?: true }[] = [
  { keys: '/', command: 'search' },
  { keys: 'Enter', command: 'expand' },
  // Backspace too: Mac keyboards have no Delete key.
  { keys: 'Delete / Backspace', command: 'hide' },
  { keys: 'Shift+Delete / Shift+Backspace', command: 'hideOthers' },
  // Shift+P: P alone is the path panel's "Show paths".
  { keys: 'Shift+P', command: 'pin' },
  { keys: 'Shift+F10 / ContextMenu', command: 'menu' },
  { keys: 'Ctrl+Z', command: 'undo' },
  { keys: 'Ctrl+Shift+Z / Ctrl+Y', command: 'redo' },
  { keys: 'F', command: 'fit' },
  { keys: 'Z', command: 'zoom' },
  { keys: 'L', command: 'lang' },
  { keys: '?', command: 'help' },
  { keys: 'Esc', command: 'escape' },
  { keys: '[', command: 'pathFrom' },
  { keys: ']', command: 'pathTo' },
  { keys: 'P', command: 'findPaths' },
  // Clickers send PageDown / PageUp.
  { keys: '→ / PageDown / Space', command: 'nextStep', presenting: true },
  { keys: '← / PageUp', command: 'previousStep', presenting: true },
  { keys: 'Home', command: 'firstStep', presenting: true },
  { keys: 'End', command: 'lastStep', presenting: true },
  { keys: 'Esc', command: 'exitPresenter', presenting: true },
];

/** Presenter keys; they win over the explorer's while presenting, so Esc leaves and Space steps. */
function presenterCommand(key: string): PresenterCommand | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return 'nextStep';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previousStep';
    case 'Home':
      return 'firstStep';
    case 'End':
      return 'lastStep';
    case 'Escape':
      return 'exitPresenter';
    default:
      return null;
  }
}

/** Which command a key press means, or null. Cmd counts as Ctrl, as Mac users expect. */
export function commandFor(e: KeyLike, presenting = false): Command | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (e.altKey) return null;
  if (presenting && !mod && !e.shiftKey) {
    const command = presenterCommand(key);
    if (command) return command;
  }
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
    case 'ContextMenu':
      return 'menu';
    case 'F10':
      return e.shiftKey ? 'menu' : null;
    case 'f':
      return 'fit';
    case 'z':
      return 'zoom';
    case 'l':
      return 'lang';
    case 'Escape':
      return 'escape';
    case '[':
      return 'pathFrom';
    case ']':
      return 'pathTo';
    case 'p':
      return e.shiftKey ? 'pin' : 'findPaths';
    default:
      return null;
  }
}

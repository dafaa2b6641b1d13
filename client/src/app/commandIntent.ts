import type { Intent } from './Intent.js';
import type { Command } from './shortcuts.js';

const INTENTS: Record<Command, Intent> = {
  search: { type: 'focusSearch' },
  expand: { type: 'expand' },
  hide: { type: 'hide' },
  hideOthers: { type: 'hideOthers' },
  pin: { type: 'pin' },
  menu: { type: 'openMenu' },
  undo: { type: 'undo' },
  redo: { type: 'redo' },
  fit: { type: 'fit' },
  zoom: { type: 'zoomToSelection' },
  lang: { type: 'toggleLang' },
  help: { type: 'help' },
  escape: { type: 'deselect' },
  pathFrom: { type: 'setPathEnd', end: 'from' },
  pathTo: { type: 'setPathEnd', end: 'to' },
  findPaths: { type: 'findPaths' },
  nextStep: { type: 'moveStep', move: 'next' },
  previousStep: { type: 'moveStep', move: 'previous' },
  firstStep: { type: 'moveStep', move: 'first' },
  lastStep: { type: 'moveStep', move: 'last' },
  exitPresenter: { type: 'exitPresenter' },
};

/** What a keyboard shortcut means: the same intent as the button it stands for. */
export function commandIntent(command: Command): Intent {
  return INTENTS[command];
}

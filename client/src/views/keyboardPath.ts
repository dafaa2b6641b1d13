import type { Dispatch } from '../app/Intent.js';
import { listenForCanvasKeys } from './canvasKeys.js';
import { byId } from './dom.js';
import { keepFocus } from './focusKeeper.js';
import type { GraphView } from './graphView.js';
import { listenToSkipLinks } from './skipLinks.js';

/**
 * Where focus goes when the control that had it goes away: after "Show paths", to the paths it
 * found (read out there); after "Clear", to "Start" of the path panel; else to the canvas, where
 * Enter, Delete and the arrow keys act next.
 */
function fallbackFor(lost: HTMLElement): HTMLElement | null {
  const canvas = byId('cy');
  switch (lost.dataset.action) {
    case 'path-find':
      return byId('path-result');
    case 'path-clear':
      return document.querySelector<HTMLElement>('#paths [data-action=path-from]:not(:disabled)') ?? canvas;
    default:
      return canvas;
  }
}

/** The keyboard's way through the page: skip links, the arrow keys on the canvas, focus kept off <body>. */
export function wireKeyboardPath(graph: GraphView, dispatch: Dispatch, presenting: () => boolean): void {
  listenToSkipLinks(document.querySelector<HTMLElement>('.skip-links')!);
  listenForCanvasKeys(byId('cy'), graph, byId('graph-announce'), dispatch, presenting);
  keepFocus(fallbackFor);
}

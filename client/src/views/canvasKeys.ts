import type { Dispatch } from '../app/Intent.js';
import type { ArrowDirection } from '../graph/nearestToward.js';
import { kindName } from '../i18n/kindNames.js';
import { messages } from '../i18n/messages.js';
import type { EntityKind } from '../generated/graphql.js';
import type { Lang } from '../state/ViewState.js';
import type { GraphView } from './graphView.js';

const ARROWS: Record<string, ArrowDirection> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * The arrow keys on the canvas: each moves the selection to the neighbour that lies that way,
 * rings it and reads out its name, kind and relationships in `announce` (a live region). The
 * selection follows so that Enter, Delete, [ and ] act on the node just reached.
 */
export function listenForCanvasKeys(canvas: HTMLElement, graph: GraphView, announce: HTMLElement, dispatch: Dispatch, presenting: () => boolean): void {
  const lang = (): Lang => (document.documentElement.lang.startsWith('zh') ? 'zh' : 'en');
  canvas.addEventListener('keydown', (event) => {
    const direction = ARROWS[event.key];
    // While presenting, ← and → are the clicker's: the presenter's keys handle them.
    if (!direction || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || presenting()) return;
    event.preventDefault();
    const m = messages(lang());
    const stop = graph.stepFocus(direction);
    if (!stop) {
      announce.textContent = m.keyboardNoneThatWay;
      return;
    }
    dispatch({ type: 'select', ids: [stop.id], additive: false });
    announce.textContent = m.keyboardStop(stop.label, kindName(stop.kind as EntityKind, lang()), stop.degree);
  });
  // The ring is the keyboard's: it goes with focus, and a click starts again from what it picked.
  canvas.addEventListener('blur', () => graph.ringFocus(null));
  canvas.addEventListener('pointerdown', () => graph.ringFocus(null));
}

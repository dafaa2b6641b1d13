import type { Dispatch, Intent } from '../app/Intent.js';
import { h } from './dom.js';

export type StatusKind = 'loading' | 'error' | 'info';

/** A button on the line: its words, and what pressing it reports (a retry, "show all kinds"). */
export interface StatusAction {
  label: string;
  intent: Intent;
}

/**
 * One line above the canvas for loading, empty and failure states (role=status / alert). A
 * notice about the view itself (filters hiding everything) has its own place on the line: it
 * comes and goes with every redraw, and must neither hide nor clear a request's message.
 */
export function createStatusBanner(container: HTMLElement, dispatch: Dispatch) {
  let message: { kind: StatusKind; text: string; action?: StatusAction } | null = null;
  let notice: { text: string; action: StatusAction } | null = null;

  const button = (name: string, action: StatusAction) =>
    h('button', { attrs: { type: 'button', 'data-action': name }, className: 'small', on: { click: () => dispatch(action.intent) } }, action.label);
  const draw = () => {
    container.hidden = !message && !notice;
    const kind = message?.kind ?? 'info';
    container.className = `status status-${kind}`;
    container.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    const parts: HTMLElement[] = [];
    if (message) parts.push(h('span', {}, message.text));
    if (message?.action) parts.push(button('retry', message.action));
    if (notice) parts.push(h('span', { className: 'status-notice' }, notice.text), button('reset-filters', notice.action));
    container.replaceChildren(...parts);
  };

  return {
    show(kind: StatusKind, text: string, retry?: StatusAction) {
      message = { kind, text, action: retry };
      draw();
    },
    clear() {
      message = null;
      draw();
    },
    /**
     * Takes the message away only if it is of this kind: the next step makes an informative one
     * old news, and a finished load ends its "loading…" without taking away what it had to say.
     */
    dismiss(kind: StatusKind) {
      if (message?.kind !== kind) return;
      message = null;
      draw();
    },
    /** The view's own notice, with what to do about it; null takes it away. Redrawn only when it changes. */
    notice(text: string | null, action?: StatusAction) {
      const next = text && action ? { text, action } : null;
      if (next?.text === notice?.text && next?.action.label === notice?.action.label) return;
      notice = next;
      draw();
    },
  };
}

import type { Dispatch, Intent } from '../app/Intent.js';
import { h } from './dom.js';

export type StatusKind = 'loading' | 'error' | 'info';

/** A button on the line: its words, and what pressing it reports (a retry, "show all kinds"). */
export interface StatusAction {
  label: string;
  intent: Intent;
}

/**
 * One line over the top of the page for loading, empty and failure states (role=status / alert),
 * laid over it (status.css) so that it never moves the canvas, and closed by its × or Esc. A
 * notice about the view itself (filters hiding everything) has its own place on the line: it
 * comes and goes with every redraw, and must neither hide nor clear a request's message.
 */
export function createStatusBanner(container: HTMLElement, dispatch: Dispatch, closeLabel: () => string) {
  let message: { kind: StatusKind; text: string; action?: StatusAction } | null = null;
  let notice: { text: string; action: StatusAction } | null = null;
  /** The notice the reader closed: it stays away until the view has a different one. */
  let closedNotice: string | null = null;

  const button = (name: string, action: StatusAction) =>
    h('button', { attrs: { type: 'button', 'data-action': name }, className: 'small', on: { click: () => dispatch(action.intent) } }, action.label);
  const close = () => {
    const hadFocus = container.contains(document.activeElement);
    message = null;
    closedNotice = notice?.text ?? null;
    draw();
    // Focus must not fall to <body> with the banner: the canvas is where the reader was.
    if (hadFocus) document.getElementById('cy')?.focus();
  };
  // Esc closes the banner wherever focus is; what else Esc does (a dialog, the selection) still happens.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !container.hidden) close();
  });
  const draw = () => {
    const showNotice = notice && notice.text !== closedNotice ? notice : null;
    container.hidden = !message && !showNotice;
    const kind = message?.kind ?? 'info';
    container.className = `status status-${kind}`;
    container.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    const parts: HTMLElement[] = [];
    if (message) parts.push(h('span', {}, message.text));
    if (message?.action) parts.push(button('retry', message.action));
    if (showNotice) parts.push(h('span', { className: 'status-notice' }, showNotice.text), button('reset-filters', showNotice.action));
    const closer = h(
      'button',
      {
        attrs: { type: 'button', 'data-action': 'close', 'aria-label': closeLabel(), title: `${closeLabel()} (Esc)` },
        className: 'status-close',
        on: { click: close },
      },
      '×',
    );
    container.replaceChildren(...parts, closer);
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
      if (!next) closedNotice = null;
      draw();
    },
  };
}

import { h } from './dom.js';

export type StatusKind = 'loading' | 'error' | 'info';

/** One line above the canvas for loading, empty and failure states (role=status / alert). */
export function createStatusBanner(container: HTMLElement) {
  return {
    show(kind: StatusKind, message: string, retry?: { label: string; run: () => void }) {
      container.hidden = false;
      container.className = `status status-${kind}`;
      container.setAttribute('role', kind === 'error' ? 'alert' : 'status');
      container.replaceChildren(h('span', {}, message));
      if (retry) container.append(h('button', { attrs: { type: 'button', 'data-action': 'retry' }, className: 'small', on: { click: retry.run } }, retry.label));
    },
    clear() {
      container.hidden = true;
      container.replaceChildren();
    },
  };
}

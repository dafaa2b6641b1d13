import type { Dispatch } from '../app/Intent.js';
import { messages } from '../i18n/messages.js';
import type { Lang } from '../state/ViewState.js';
import { h } from './dom.js';

export interface PathPanelInput {
  lang: Lang;
  from: string | null;
  to: string | null;
  canUseSelection: boolean;
  /** Names of the endpoints in the current language. */
  nameOf(id: string): string;
  /**
   * null: nothing asked yet; otherwise one sentence per path (and notes on paths that differ
   * only in parallel relationships), or an error/empty message.
   */
  result: { sentences: string[]; notes?: string[] } | { message: string; error?: boolean } | null;
  busy: boolean;
}

/** Two endpoints from the selection → all shortest paths, each read out as a sentence. */
export function createPathPanel(container: HTMLElement, dispatch: Dispatch) {
  const fromValue = h('output', { attrs: { id: 'path-from' } });
  const toValue = h('output', { attrs: { id: 'path-to' } });
  const fromLabel = h('span');
  const toLabel = h('span');
  const setFrom = h('button', {
    attrs: { type: 'button', 'data-action': 'path-from' },
    className: 'small',
    on: { click: () => dispatch({ type: 'setPathEnd', end: 'from' }) },
  });
  const setTo = h('button', {
    attrs: { type: 'button', 'data-action': 'path-to' },
    className: 'small',
    on: { click: () => dispatch({ type: 'setPathEnd', end: 'to' }) },
  });
  const find = h('button', { attrs: { type: 'button', 'data-action': 'path-find' }, on: { click: () => dispatch({ type: 'findPaths' }) } });
  const clear = h('button', {
    attrs: { type: 'button', 'data-action': 'path-clear' },
    className: 'small',
    on: { click: () => dispatch({ type: 'clearPath' }) },
  });
  const result = h('div', { attrs: { id: 'path-result', 'aria-live': 'polite', tabindex: -1 }, className: 'path-result' });
  container.replaceChildren(
    h('div', { className: 'path-end' }, fromLabel, fromValue, setFrom),
    h('div', { className: 'path-end' }, toLabel, toValue, setTo),
    h('div', { className: 'row' }, find, clear),
    result,
  );

  return {
    render(input: PathPanelInput) {
      const m = messages(input.lang);
      fromLabel.textContent = `${m.pathFrom}: `;
      toLabel.textContent = `${m.pathTo}: `;
      fromValue.textContent = input.from ? input.nameOf(input.from) : m.pathUnset;
      toValue.textContent = input.to ? input.nameOf(input.to) : m.pathUnset;
      setFrom.textContent = m.setFromSelection;
      setTo.textContent = m.setToSelection;
      setFrom.disabled = setTo.disabled = !input.canUseSelection;
      find.textContent = m.findPaths;
      find.disabled = !input.from || !input.to || input.from === input.to || input.busy;
      clear.textContent = m.clearPath;
      clear.disabled = !input.from && !input.to && !input.result;
      container.setAttribute('aria-busy', String(input.busy));
      const r = input.result;
      if (!r) result.replaceChildren();
      else if ('sentences' in r)
        result.replaceChildren(
          h('p', {}, m.pathCount(r.sentences.length)),
          h('ol', { className: 'path-sentences' }, ...r.sentences.map((s) => h('li', {}, s))),
          ...(r.notes ?? []).map((note) => h('p', { className: 'hint' }, note)),
        );
      else result.replaceChildren(h('p', { className: r.error ? 'error' : 'hint' }, r.message));
    },
  };
}

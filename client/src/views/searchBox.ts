import type { Hit } from '../api/records.js';
import type { Dispatch } from '../app/Intent.js';
import { entityName, otherName } from '../graph/labels.js';
import { kindName } from '../i18n/kindNames.js';
import { messages } from '../i18n/messages.js';
import type { Lang } from '../state/ViewState.js';
import { describeError } from '../i18n/describeError.js';
import { h } from './dom.js';
import { kindGlyph } from './kindGlyph.js';

export interface SearchBoxOptions {
  /** The API's search: the box asks as the user types and shows the answer itself. */
  search(text: string): Promise<Hit[]>;
  /** Reports the chosen hit. */
  dispatch: Dispatch;
  /** Typing pauses this long before a request goes out. */
  debounceMs?: number;
}

export interface SearchBox {
  setLang(lang: Lang): void;
  focus(): void;
}

/** Typeahead as an ARIA 1.2 combobox: focus stays in the input, the active option is aria-activedescendant. */
export function createSearchBox(container: HTMLElement, options: SearchBoxOptions): SearchBox {
  const { debounceMs = 180 } = options;
  let lang: Lang = 'zh';
  let hits: Hit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Answers can arrive out of order; only the latest question's answer is shown.
  let asked = 0;

  const label = h('label', { attrs: { for: 'search-input' }, className: 'visually-hidden' });
  const input = h('input', {
    attrs: {
      id: 'search-input',
      type: 'search',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': 'search-listbox',
      autocomplete: 'off',
      spellcheck: 'false',
    },
  });
  const list = h('ul', { attrs: { id: 'search-listbox', role: 'listbox' }, className: 'search-list' });
  list.hidden = true;
  const status = h('p', { attrs: { id: 'search-status', 'aria-live': 'polite' }, className: 'search-status' });
  container.append(label, input, list, status);

  function open(show: boolean) {
    list.hidden = !show;
    input.setAttribute('aria-expanded', String(show));
    if (!show) setActive(-1);
  }

  function setActive(index: number) {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    const current = list.children[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function render() {
    const m = messages(lang);
    list.setAttribute('aria-label', m.searchLabel);
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const e = hit.entity;
        const other = otherName(e, lang);
        return h(
          'li',
          {
            attrs: { id: `search-option-${i}`, role: 'option', 'aria-selected': 'false', 'data-id': e.id },
            on: { mousedown: (event) => event.preventDefault(), click: () => choose(i) },
          },
          kindGlyph(e.kind, 14),
          h('span', { className: 'hit-name' }, entityName(e, lang)),
          other ? h('span', { className: 'hit-other', attrs: { lang: lang === 'en' ? 'zh' : 'en' } }, other) : null,
          h('span', { className: 'hit-kind' }, kindName(e.kind, lang)),
        );
      }),
    );
  }

  function choose(index: number) {
    const hit = hits[index];
    if (!hit) return;
    // A question still waiting to be asked (or answered) must not reopen the list.
    clearTimeout(timer);
    asked++;
    open(false);
    input.value = '';
    status.textContent = '';
    hits = [];
    options.dispatch({ type: 'chooseHit', entity: hit.entity });
  }

  async function ask(text: string) {
    const question = ++asked;
    const m = messages(lang);
    status.textContent = m.searchSearching;
    status.classList.remove('error');
    try {
      const answer = await options.search(text);
      if (question !== asked) return;
      hits = answer;
      render();
      open(hits.length > 0);
      status.textContent = hits.length ? m.searchResults(hits.length) : m.searchNoResults(text);
    } catch (error) {
      if (question !== asked) return;
      hits = [];
      open(false);
      status.textContent = describeError(error, lang);
      status.classList.add('error');
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) {
      asked++;
      hits = [];
      open(false);
      status.textContent = '';
      return;
    }
    timer = setTimeout(() => void ask(text), debounceMs);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!hits.length) return;
      if (list.hidden) open(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      if (!list.hidden && hits.length) {
        event.preventDefault();
        choose(active >= 0 ? active : 0);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (!list.hidden) open(false);
      else {
        input.value = '';
        status.textContent = '';
      }
    }
  });
  input.addEventListener('blur', () => open(false));

  function setLang(next: Lang) {
    lang = next;
    const m = messages(lang);
    label.textContent = m.searchLabel;
    input.placeholder = m.searchPlaceholder;
    render();
    setActive(active);
  }
  setLang(lang);

  return { setLang, focus: () => input.focus() };
}

import { ingestMessages, type IngestMessages } from '../i18n/ingestMessages.js';
import { h } from '../views/dom.js';
import './ingest.css';
import type { IngestSession, IngestState } from './ingestSession.js';
import { reviewed, type ItemKind } from './reviewItems.js';
import { renderReviewList } from './reviewList.js';
import { textSegments } from './textSegments.js';

const KINDS: ItemKind[] = ['mention', 'candidate', 'pledge', 'progress'];

/**
 * The review view (?view=ingest), in place of the explorer (it marks <body>): the report's
 * fields, the draft on the text (one colour per kind) beside the list by bureau, the progress
 * bar, and save. Renders every state the session gives it, keeping focus and open edit forms.
 */
export function createIngestView(explorerLink: (query: string) => string) {
  const container = h('main', { className: 'ingest', attrs: { id: 'ingest' } });
  document.body.append(container);
  document.body.classList.add('ingest-view');
  const open = new Set<string>();
  let session: IngestSession;
  let lastSelected: string | null = null;
  /** The picker open at the last render (item key|purpose): the merge button's focus id is key|merge. */
  let lastPicker: string | null = null;
  let pastedText = '';

  const render = (state: IngestState) => {
    const m = ingestMessages(state.lang);
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = m.pageTitle;
    const focused = (document.activeElement as HTMLElement | null)?.getAttribute('data-focus');
    container.replaceChildren(...page(state, m));
    // A picker that opens takes focus into its search box; one that closes gives it back to the
    // button that opened it (the hit picked is gone), so focus never falls to <body>.
    const picker = state.picker && `${state.picker.key}|${state.picker.purpose}`;
    const target = picker && picker !== lastPicker ? `${state.picker!.key}|picker` : !picker && lastPicker ? lastPicker : focused;
    lastPicker = picker;
    if (target) container.querySelector<HTMLElement>(`[data-focus="${CSS.escape(target)}"]`)?.focus();
    if (state.selected && state.selected !== lastSelected) {
      for (const element of container.querySelectorAll<HTMLElement>(`[data-key="${CSS.escape(state.selected)}"], mark.selected`)) {
        element.scrollIntoView({ block: 'nearest' });
      }
    }
    lastSelected = state.selected;
  };

  function page(state: IngestState, m: IngestMessages): HTMLElement[] {
    const header = h(
      'header',
      { className: 'ingest-header' },
      h('h1', {}, m.pageTitle),
      h('a', { attrs: { href: explorerLink(`lang=${state.lang}`) } }, m.backToExplorer),
      h(
        'button',
        { className: 'small', attrs: { type: 'button', 'data-action': 'lang', 'data-focus': 'lang' }, on: { click: () => session.toggleLang() } },
        m.lang,
      ),
    );
    const parts: HTMLElement[] = [header, h('p', { className: 'ingest-intro' }, m.intro)];
    if (!state.hasToken) {
      parts.push(h('p', { className: 'ingest-message error', attrs: { role: 'alert' } }, m.noToken));
      return parts;
    }
    parts.push(fields(state, m));
    if (state.phase === 'input' || state.phase === 'drafting') parts.push(source(state, m));
    parts.push(progress(state, m));
    if (state.message) {
      const known = state.message.text as keyof IngestMessages;
      const text = typeof m[known] === 'string' ? m[known] : known === 'needBureau' ? m.needBureau(pendingBureaus(state)) : m.error(state.message.text);
      parts.push(h('p', { className: `ingest-message ${state.message.kind}`, attrs: { role: state.message.kind === 'error' ? 'alert' : 'status' } }, text));
    }
    if (state.saved) parts.push(saved(state, m));
    if (state.draft && state.phase !== 'input' && state.phase !== 'drafting') parts.push(review(state, m));
    return parts;
  }

  function fields(state: IngestState, m: IngestMessages): HTMLElement {
    const input = (name: 'title' | 'date' | 'source', label: string, type: string, required: boolean) => {
      const invalid = state.fieldErrors[name as 'title' | 'date'] === true;
      const id = `ingest-${name}`;
      const control = h('input', {
        attrs: {
          id,
          name,
          type,
          value: state.fields[name],
          required,
          'aria-invalid': invalid ? 'true' : undefined,
          'data-focus': id,
          'aria-describedby': invalid ? `${id}-error` : undefined,
        },
        on: { change: (e) => session.setField(name, (e.target as HTMLInputElement).value) },
      });
      return h(
        'div',
        { className: 'ingest-field' },
        h('label', { attrs: { for: id } }, label),
        control,
        invalid ? h('span', { className: 'field-error', attrs: { id: `${id}-error` } }, name === 'title' ? m.titleRequired : m.dateInvalid) : null,
      );
    };
    return h(
      'div',
      { className: 'ingest-fields-row' },
      input('title', m.title, 'text', true),
      input('date', m.date, 'text', true),
      input('source', m.source, 'url', false),
    );
  }

  function source(state: IngestState, m: IngestMessages): HTMLElement {
    const drafting = state.phase === 'drafting';
    const area = h('textarea', {
      attrs: { id: 'ingest-text', rows: 10, placeholder: m.textPlaceholder, 'data-focus': 'ingest-text', disabled: drafting },
      on: { input: (e) => (pastedText = (e.target as HTMLTextAreaElement).value) },
    });
    area.value = pastedText;
    area.addEventListener('dragover', (e) => e.preventDefault());
    area.addEventListener('drop', (e) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      void draftFile(file);
    });
    const file = h('input', {
      attrs: {
        id: 'ingest-file',
        type: 'file',
        accept: '.txt,.md,.html,.htm,text/plain,text/markdown,text/html',
        'data-focus': 'ingest-file',
        disabled: drafting,
      },
      on: { change: (e) => ((e.target as HTMLInputElement).files?.[0] ? void draftFile((e.target as HTMLInputElement).files![0]!) : undefined) },
    });
    return h(
      'div',
      { className: 'ingest-source' },
      h('label', { attrs: { for: 'ingest-text' } }, m.textLabel),
      area,
      h('p', { className: 'ingest-hint' }, m.dropHint),
      h('div', { className: 'ingest-field' }, h('label', { attrs: { for: 'ingest-file' } }, m.fileLabel), file),
      h(
        'button',
        {
          attrs: { type: 'button', 'data-action': 'draft', 'data-focus': 'draft', disabled: drafting },
          on: { click: () => void session.draft({ text: pastedText }) },
        },
        drafting ? m.drafting : m.draftButton,
      ),
    );
  }

  async function draftFile(file: File) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    await session.draft({ file: { name: file.name, base64: btoa(binary) } });
  }

  function progress(state: IngestState, m: IngestMessages): HTMLElement {
    const busy = state.phase === 'drafting' || state.phase === 'saving';
    const { done, total } = reviewed(state.items);
    const bar = h('progress', {
      attrs: { id: 'ingest-progress', 'aria-labelledby': 'ingest-progress-label', ...(busy ? {} : { value: done, max: Math.max(total, 1) }) },
    });
    const label = busy ? (state.phase === 'drafting' ? m.drafting : m.saving) : m.progress(done, total);
    return h(
      'div',
      { className: 'ingest-progress', attrs: { 'aria-busy': String(busy) } },
      bar,
      h('span', { attrs: { id: 'ingest-progress-label', role: 'status' } }, label),
    );
  }

  function review(state: IngestState, m: IngestMessages): HTMLElement {
    const button = (action: string, label: string, run: () => void) =>
      h('button', { attrs: { type: 'button', 'data-action': action, 'data-focus': action, disabled: state.phase === 'saving' }, on: { click: run } }, label);
    const toolbar = h(
      'div',
      { className: 'ingest-toolbar' },
      button('accept-high', m.acceptHigh, () => session.acceptAll('high')),
      button('accept-medium', m.acceptMedium, () => session.acceptAll('medium')),
      button('save', state.phase === 'saving' ? m.saving : m.save, () => void session.save()),
      button('export-seeds', m.exportSeeds, () => session.exportSeeds()),
      button('start-over', m.startOver, () => session.startOver()),
    );
    const legend = h('ul', { className: 'ingest-legend', attrs: { 'aria-label': m.legend } });
    for (const kind of KINDS) legend.append(h('li', {}, h('span', { className: `swatch kind-${kind}`, attrs: { 'aria-hidden': 'true' } }), m.kinds[kind]));
    return h(
      'div',
      { className: 'ingest-review' },
      toolbar,
      legend,
      h('div', { className: 'ingest-columns' }, text(state, m), renderReviewList(state, session, m, open)),
    );
  }

  function text(state: IngestState, m: IngestMessages): HTMLElement {
    const full = state.draft!.document.text;
    const body = h('div', { className: 'ingest-text', attrs: { role: 'region', 'aria-label': m.text, tabindex: 0 } });
    for (const segment of textSegments(full, state.items)) {
      const words = full.slice(segment.start, segment.end);
      const inner = segment.items.at(-1);
      if (!inner) {
        body.append(words);
        continue;
      }
      const keys = segment.items.map((item) => item.key);
      const clause = segment.items.some((item) => item.item === 'pledge' || item.item === 'progress');
      const mark = h(
        'mark',
        {
          className: `kind-${inner.item} decision-${inner.decision}${clause ? ' in-clause' : ''}${state.selected && keys.includes(state.selected) ? ' selected' : ''}`,
          attrs: { 'data-keys': keys.join(' '), title: `${m.kinds[inner.item]} · ${m.decisions[inner.decision]}` },
          on: { click: () => session.select(inner.key) },
        },
        words,
      );
      body.append(mark);
    }
    return body;
  }

  function saved(state: IngestState, m: IngestMessages): HTMLElement {
    const result = state.saved!;
    const ids = [...result.created.map((c) => c.id)];
    const links = h('ul', { className: 'ingest-saved-list' });
    for (const id of ids)
      links.append(
        h('li', {}, h('a', { attrs: { href: explorerLink(`v=${encodeURIComponent(id)}&s=${encodeURIComponent(id)}&lang=${state.lang}`), 'data-id': id } }, id)),
      );
    return h(
      'section',
      { className: 'ingest-saved', attrs: { 'aria-label': m.open } },
      h('p', { attrs: { role: 'status' } }, m.saved(result.created.length, result.mentioned, result.statusChanges), result.existed ? ` ${m.existed}` : ''),
      h(
        'p',
        {},
        h(
          'a',
          { attrs: { href: explorerLink(`v=${encodeURIComponent(result.document.id)}&lang=${state.lang}`), 'data-id': result.document.id } },
          `${m.open}: ${result.document.id}`,
        ),
      ),
      links,
    );
  }

  return {
    render,
    attach(s: IngestSession) {
      session = s;
    },
  };
}

function pendingBureaus(state: IngestState): number {
  return state.items.filter((i) => i.item === 'pledge' && i.decision === 'accepted' && !i.merge && !i.bureau).length;
}

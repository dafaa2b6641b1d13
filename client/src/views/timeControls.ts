import type { DocumentEntryRecord } from '../api/records.js';
import type { Dispatch } from '../app/Intent.js';
import { PLEDGE_STATUSES, STATUS_LOOK } from '../graph/statusLook.js';
import { timeMessages } from '../i18n/timeMessages.js';
import type { TimeState } from '../state/timeState.js';
import type { ViewState } from '../state/ViewState.js';
import { h } from './dom.js';
import { statusGlyph } from './statusGlyph.js';

/**
 * The "as of" day, the document scope (one document, or documents dated in a range) and the key
 * to the pledges' status rings. Native date inputs: labelled, and typed into with the keyboard.
 */
export function createTimeControls(container: HTMLElement, dispatch: Dispatch) {
  const set = (patch: Partial<TimeState>) => dispatch({ type: 'setTime', patch });
  const dateInput = (id: string, key: 'asOf' | 'from' | 'to') => {
    const input = h('input', { attrs: { type: 'date', id, min: '2000-01-01', max: '2099-12-31' } });
    input.addEventListener('change', () => set({ [key]: input.value || null }));
    return input;
  };
  const asOf = dateInput('as-of', 'asOf');
  const from = dateInput('scope-from', 'from');
  const to = dateInput('scope-to', 'to');
  const labels = {
    asOf: h('label', { attrs: { for: 'as-of' } }),
    document: h('label', { attrs: { for: 'scope-document' } }),
    from: h('label', { attrs: { for: 'scope-from' } }),
    to: h('label', { attrs: { for: 'scope-to' } }),
  };
  const hint = h('p', { className: 'hint', attrs: { id: 'as-of-hint' } });
  asOf.setAttribute('aria-describedby', 'as-of-hint');
  const today = h('button', { attrs: { type: 'button', id: 'as-of-today' }, className: 'small', on: { click: () => set({ asOf: null }) } });
  const documentSelect = h('select', { attrs: { id: 'scope-document' }, on: { change: () => set({ documentId: documentSelect.value || null }) } });
  const clear = h('button', {
    attrs: { type: 'button', id: 'scope-clear' },
    className: 'small',
    on: { click: () => set({ documentId: null, from: null, to: null }) },
  });
  const legendHeading = h('h3', { attrs: { id: 'status-legend-heading' } });
  const legend = h('ul', { className: 'legend status-legend', attrs: { 'aria-labelledby': 'status-legend-heading' } });
  container.replaceChildren(
    h('p', { className: 'time-row' }, labels.asOf, ' ', asOf, ' ', today),
    hint,
    h('p', { className: 'time-row' }, labels.document, ' ', documentSelect),
    h('p', { className: 'time-row' }, labels.from, ' ', from, ' ', labels.to, ' ', to),
    h('p', { className: 'time-row' }, clear),
    legendHeading,
    legend,
  );
  /** A field the user is typing in keeps what they typed until they leave it. */
  const put = (input: HTMLInputElement | HTMLSelectElement, value: string | null) => {
    if (document.activeElement !== input || input.tagName === 'SELECT') input.value = value ?? '';
  };

  return {
    render(state: ViewState, documents: readonly DocumentEntryRecord[]) {
      const t = timeMessages(state.lang);
      labels.asOf.textContent = t.asOf;
      labels.document.textContent = t.document;
      labels.from.textContent = t.from;
      labels.to.textContent = t.to;
      hint.textContent = t.asOfHint;
      today.textContent = t.today;
      today.disabled = !state.time.asOf;
      clear.textContent = t.clearScope;
      clear.disabled = !state.time.documentId && !state.time.from && !state.time.to;
      documentSelect.replaceChildren(
        h('option', { attrs: { value: '' } }, t.allDocuments),
        ...documents.map((d) => h('option', { attrs: { value: d.id, lang: 'zh' } }, d.date ? `${d.date} · ${d.title}` : d.title)),
      );
      put(documentSelect, state.time.documentId);
      put(asOf, state.time.asOf);
      put(from, state.time.from);
      put(to, state.time.to);
      legendHeading.textContent = t.statusHeading;
      legend.replaceChildren(
        ...PLEDGE_STATUSES.map((status) =>
          h(
            'li',
            { attrs: { 'data-status': status, 'data-color': STATUS_LOOK[status].color } },
            statusGlyph(status),
            ` ${STATUS_LOOK[status].sign} ${t.statusNames[status]}`,
          ),
        ),
      );
    },
  };
}

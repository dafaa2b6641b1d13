import type { Dispatch } from '../app/Intent.js';
import { messages } from '../i18n/messages.js';
import { tableMessages } from '../i18n/tableMessages.js';
import { isEdgeId } from '../state/transitions.js';
import type { ViewState } from '../state/ViewState.js';
import { h } from './dom.js';

/** Export buttons and the one setting (how many neighbours an expansion adds). */
export function createExportPanel(exportBox: HTMLElement, settingsBox: HTMLElement, dispatch: Dispatch) {
  const formats = (['png', 'svg', 'json', 'csv'] as const).map((format) => ({
    format,
    button: h('button', { attrs: { type: 'button', 'data-export': format }, className: 'small', on: { click: () => dispatch({ type: 'export', format }) } }),
  }));
  const dossiers = (['md', 'html'] as const).map((format) => ({
    format,
    button: h('button', { attrs: { type: 'button', 'data-dossier': format }, className: 'small', on: { click: () => dispatch({ type: 'dossier', format }) } }),
  }));
  const dossierHint = h('p', { className: 'hint' });
  exportBox.replaceChildren(
    h('div', { className: 'row wrap' }, ...formats.map((f) => f.button)),
    h('div', { className: 'row wrap dossier-actions' }, ...dossiers.map((d) => d.button)),
    dossierHint,
  );
  const limitLabel = h('label', { attrs: { for: 'expand-limit' } });
  const limit = h('input', {
    attrs: { id: 'expand-limit', type: 'number', min: 1, max: 500, step: 1 },
    on: {
      change: () => {
        const value = Number(limit.value);
        if (Number.isFinite(value) && value >= 1) dispatch({ type: 'setExpandLimit', limit: value });
      },
    },
  });
  settingsBox.replaceChildren(limitLabel, limit);

  return {
    render(state: ViewState) {
      const m = messages(state.lang);
      const t = tableMessages(state.lang);
      const names = { png: m.exportPng, svg: m.exportSvg, json: m.exportJson, csv: t.exportCsv };
      for (const { format, button } of formats) {
        button.textContent = names[format];
        button.disabled = state.visible.length === 0;
      }
      // A dossier is about nodes: an edge alone in the selection has none to be about.
      const hasNode = state.selection.some((id) => !isEdgeId(id));
      for (const { format, button } of dossiers) {
        button.textContent = format === 'md' ? t.dossierMarkdown : t.dossierHtml;
        button.disabled = !hasNode;
      }
      dossierHint.textContent = hasNode ? '' : t.dossierHint;
      dossierHint.hidden = hasNode;
      limitLabel.textContent = m.expandLimit;
      if (document.activeElement !== limit) limit.value = String(state.expandLimit);
    },
  };
}

/** Saves a file the browser way (an object URL on a temporary link). */
export function download(name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const link = h('a', { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

import type { Dispatch } from '../app/Intent.js';
import type { RowName, TargetRow } from '../graph/targetRows.js';
import type { TargetsMap } from '../graph/targetsMap.js';
import { messages } from '../i18n/messages.js';
import { TARGETS_MODES, type TargetsState } from '../state/targetsState.js';
import type { Lang } from '../state/ViewState.js';
import { h } from './dom.js';
import { createTargetsFilters } from './targetsFilters.js';
import { createTargetsMapView } from './targetsMapView.js';
import { createTargetsTable } from './targetsTable.js';

export interface TargetsViewModel {
  lang: Lang;
  state: TargetsState;
  /** Every row; null while the data loads. */
  rows: TargetRow[] | null;
  /** What the filters let through, in the chosen order. */
  shown: TargetRow[];
  choices: { bureaus: RowName[]; destinations: RowName[] };
  /** In map mode, the map of the shown rows. */
  map: TargetsMap | null;
  /** The rows of the company picked on the map. */
  picked: TargetRow[];
}

/** The server's CSV of every row: a link to share, not a file made in the page. */
export const TARGETS_CSV = '/export/investment-targets.csv';

/**
 * The investment targets (`?view=targets`), shown instead of the canvas: a heading, the
 * Table | Map switch, the CSV link and the way back, the filters and the row count, then the
 * table or the map. It marks <body> (the stylesheet hides the explorer's panels then) and the
 * top bar's button.
 */
export function createTargetsView(container: HTMLElement, topButton: HTMLElement, dispatch: Dispatch) {
  const heading = h('h2', { attrs: { id: 'targets-heading' } });
  const intro = h('p', { className: 'hint targets-intro' });
  const modeLegend = h('legend');
  const modeChoices = h('span', { className: 'targets-mode-choices' });
  const modes = h('fieldset', { className: 'targets-mode' }, modeLegend, modeChoices);
  const csv = h('a', { className: 'targets-csv', attrs: { href: TARGETS_CSV, download: 'investment-targets.csv' } });
  const back = h('button', { attrs: { type: 'button', 'data-action': 'back-to-graph' }, on: { click: () => dispatch({ type: 'showExplorer' }) } });
  const filters = createTargetsFilters(dispatch);
  const count = h('p', { className: 'targets-count', attrs: { id: 'targets-count', 'aria-live': 'polite' } });
  const status = h('p', { className: 'hint targets-status' });
  const table = createTargetsTable(dispatch);
  const map = createTargetsMapView(dispatch);
  container.setAttribute('aria-labelledby', 'targets-heading');
  container.replaceChildren(
    h('div', { className: 'targets-head' }, h('div', { className: 'targets-title' }, heading, intro), modes, csv, back),
    filters.element,
    count,
    status,
    table.element,
    map.element,
  );

  let drawnTable = '';

  return {
    render(model: TargetsViewModel | null) {
      const on = !!model;
      document.body.classList.toggle('view-targets', on);
      topButton.setAttribute('aria-pressed', String(on));
      container.hidden = !on;
      if (!model) {
        drawnTable = '';
        map.hide();
        return;
      }
      const m = messages(model.lang);
      const t = model.state;
      // Focus is on a control a redraw may replace (a stage box, a sort button): find it again after.
      const active = document.activeElement;
      const focused = active instanceof HTMLElement && container.contains(active) ? active.id || active.dataset.sort : '';
      heading.textContent = m.targetsHeading;
      intro.textContent = m.targetsIntro;
      back.textContent = m.targetsBack;
      csv.textContent = m.targetsDownload;
      csv.title = m.targetsDownloadTitle;
      modeLegend.textContent = m.targetsMode;
      modeChoices.replaceChildren(
        ...TARGETS_MODES.map((mode) => {
          const input = h('input', {
            attrs: { type: 'radio', name: 'targets-mode', value: mode, id: `targets-mode-${mode}` },
            on: { change: () => dispatch({ type: 'setTargets', patch: { mode } }) },
          });
          input.checked = mode === t.mode;
          return h('label', { attrs: { for: `targets-mode-${mode}` } }, input, m.targetsModes[mode]);
        }),
      );
      filters.render(m, t, model.choices);
      status.textContent = model.rows ? '' : m.targetsLoading;
      count.textContent = model.rows ? m.targetsRowCount(model.shown.length, model.rows.length) : '';
      const mapMode = t.mode === 'map' && !!model.map;
      table.element.hidden = mapMode || !model.rows;
      map.element.hidden = !mapMode;
      if (mapMode) map.render(m, model.map!, model.picked, t.picked);
      else {
        map.hide();
        const key = JSON.stringify([model.lang, t.sort, t.picked, model.shown.map((r) => r.key), !model.rows]);
        if (model.rows && key !== drawnTable) {
          drawnTable = key;
          table.render(m, model.lang, t, model.shown);
        }
      }
      if (focused && !container.contains(document.activeElement))
        (document.getElementById(focused) ?? container.querySelector<HTMLElement>(`[data-sort="${focused}"]`))?.focus();
    },
    /** The map's read-out, for automation; null before it was first shown. */
    mapReadout: () => map.readout(),
  };
}

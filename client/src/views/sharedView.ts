import type { Dispatch } from '../app/Intent.js';
import type { MatrixColumn, MatrixRow, SharedMatrix } from '../graph/sharedMatrix.js';
import { messages, type Messages } from '../i18n/messages.js';
import { MIN_BUREAUS, type Lang, type MinBureaus } from '../state/ViewState.js';
import { h } from './dom.js';
import { kindGlyph } from './kindGlyph.js';

export interface SharedViewModel {
  lang: Lang;
  minBureaus: MinBureaus;
  /** null while its data loads. */
  matrix: SharedMatrix | null;
}

/** Cell shading by count, as classes (the page's policy allows no style attributes). */
const level = (n: number) => `level-${Math.min(n, 4)}`;

/**
 * The shared-projects matrix (`?view=shared`), shown instead of the canvas: rows the bureaus,
 * columns the projects and places their pledges share, each cell a button with that bureau's
 * pledge count. Column headings and cells open the explorer on that column; the arrow keys move
 * between them (Tab reaches them too). It marks <body> (the stylesheet hides the explorer's
 * panels then) and the top bar's "Shared projects" button.
 */
export function createSharedView(container: HTMLElement, topButton: HTMLElement, dispatch: Dispatch) {
  const heading = h('h2', { attrs: { id: 'shared-heading' } });
  const intro = h('p', { className: 'hint shared-intro' });
  const back = h('button', { attrs: { type: 'button', 'data-action': 'back-to-graph' }, on: { click: () => dispatch({ type: 'showExplorer' }) } });
  const nLegend = h('legend');
  const nChoices = h('span', { className: 'shared-n-choices' });
  const nBox = h('fieldset', { className: 'shared-n' }, nLegend, nChoices);
  const hideSummary = h('summary');
  const hideBody = h('div', { className: 'shared-hide-body' });
  const hideMenu = h('details', { className: 'shared-hide' }, hideSummary, hideBody);
  const hiddenList = h('p', { className: 'shared-hidden' });
  const status = h('p', { className: 'hint shared-status', attrs: { 'aria-live': 'polite' } });
  const scroll = h('div', { className: 'shared-scroll' });
  container.setAttribute('aria-labelledby', 'shared-heading');
  container.replaceChildren(
    h('div', { className: 'shared-head' }, h('div', { className: 'shared-title' }, heading, intro), back),
    h('div', { className: 'shared-controls' }, nBox, hideMenu),
    hiddenList,
    status,
    scroll,
  );

  /** What was drawn last: the same model draws nothing again (a re-render would lose focus and scroll). */
  let drawn = '';

  function drawChoices(m: Messages, model: SharedViewModel) {
    nLegend.textContent = m.sharedMinBureaus;
    nChoices.replaceChildren(
      ...MIN_BUREAUS.map((n) => {
        const input = h('input', {
          attrs: { type: 'radio', name: 'shared-min-bureaus', value: n, id: `shared-mb-${n}`, checked: n === model.minBureaus },
          on: { change: () => dispatch({ type: 'setMinBureaus', minBureaus: n }) },
        });
        input.checked = n === model.minBureaus;
        return h('label', { attrs: { for: `shared-mb-${n}` } }, input, m.sharedMinOption(n));
      }),
    );
  }

  function drawHideMenu(m: Messages, matrix: SharedMatrix) {
    hideSummary.textContent = m.sharedHideMenu;
    const box = (kind: 'row' | 'column', item: MatrixRow | MatrixColumn, shown: boolean) => {
      const id = `shared-${kind}-${item.id}`;
      return h(
        'li',
        {},
        h('input', {
          attrs: { type: 'checkbox', id, checked: shown, 'data-id': item.id },
          on: { change: () => dispatch(kind === 'row' ? { type: 'toggleSharedRow', id: item.id } : { type: 'toggleSharedColumn', id: item.id }) },
        }),
        h('label', { attrs: { for: id, title: item.other ?? undefined } }, item.name),
      );
    };
    const rows = [...matrix.rows.map((r) => ({ r, shown: true })), ...matrix.hiddenRows.map((r) => ({ r, shown: false }))];
    const columns = [...matrix.columns.map((c) => ({ c, shown: true })), ...matrix.hiddenColumns.map((c) => ({ c, shown: false }))];
    hideBody.replaceChildren(
      h('fieldset', { attrs: { 'data-list': 'rows' } }, h('legend', {}, m.sharedRows), h('ul', {}, ...rows.map(({ r, shown }) => box('row', r, shown)))),
      h(
        'fieldset',
        { attrs: { 'data-list': 'columns' } },
        h('legend', {}, m.sharedColumns),
        h('ul', {}, ...columns.map(({ c, shown }) => box('column', c, shown))),
      ),
    );
  }

  function drawHiddenList(m: Messages, matrix: SharedMatrix) {
    const hidden = [
      ...matrix.hiddenRows.map((r) => ({ id: r.id, name: r.name, intent: { type: 'toggleSharedRow' as const, id: r.id } })),
      ...matrix.hiddenColumns.map((c) => ({ id: c.id, name: c.name, intent: { type: 'toggleSharedColumn' as const, id: c.id } })),
    ];
    hiddenList.hidden = !hidden.length;
    hiddenList.replaceChildren(
      m.sharedHidden,
      ...hidden.map(({ id, name, intent }) =>
        h(
          'button',
          { className: 'small chip', attrs: { type: 'button', 'data-show': id, 'aria-label': m.sharedShowAgain(name) }, on: { click: () => dispatch(intent) } },
          `${name} ✕`,
        ),
      ),
      h(
        'button',
        { className: 'small', attrs: { type: 'button', 'data-action': 'show-all' }, on: { click: () => dispatch({ type: 'showAllShared' }) } },
        m.sharedShowAll,
      ),
    );
  }

  function drawTable(m: Messages, model: SharedViewModel, matrix: SharedMatrix) {
    const open = (entity: string) => () => dispatch({ type: 'openShared', entity });
    const head = h(
      'tr',
      {},
      h('th', { className: 'corner', attrs: { scope: 'col' } }, m.sharedCorner),
      ...matrix.columns.map((column, c) =>
        h(
          'th',
          { className: 'col', attrs: { scope: 'col', 'data-column': column.id } },
          h(
            'button',
            {
              className: 'col-open',
              attrs: {
                type: 'button',
                title: column.other ?? undefined,
                'data-r': 0,
                'data-c': c + 1,
              },
              on: { click: open(column.id) },
            },
            kindGlyph(column.kind, 12),
            h('span', { className: 'col-name', attrs: { lang: model.lang === 'zh' ? 'zh-CN' : 'en' } }, column.name),
            // Each count kept whole: a narrow column wraps between them, never inside one.
            h(
              'small',
              { className: 'col-counts' },
              h('span', {}, m.sharedBureauCount(column.bureauCount)),
              ' · ',
              h('span', {}, m.sharedPledgeCount(column.pledgeCount)),
            ),
            // Named by what it shows (a label of its own read differently from the heading), plus where it leads.
            h('span', { className: 'visually-hidden' }, m.sharedOpenHint),
          ),
        ),
      ),
    );
    const body = matrix.rows.map((row, r) =>
      h(
        'tr',
        { attrs: { 'data-row': row.id } },
        h('th', { className: 'bureau', attrs: { scope: 'row', title: [row.full, row.other].filter(Boolean).join(' · ') } }, row.name),
        ...matrix.cells[r]!.map((cell, c) => {
          const n = cell.pledges.length;
          const column = matrix.columns[c]!;
          return h(
            'td',
            { className: n ? `cell ${level(n)}` : 'cell empty', attrs: { 'data-column': cell.column, 'data-count': n } },
            n
              ? h(
                  'button',
                  {
                    attrs: {
                      type: 'button',
                      'data-r': r + 1,
                      'data-c': c + 1,
                      'aria-label': m.sharedCellLabel(row.full, n, column.name),
                      title: m.sharedCellLabel(row.full, n, column.name),
                    },
                    on: { click: open(cell.column) },
                  },
                  String(n),
                )
              : '',
          );
        }),
      ),
    );
    const table = h('table', { className: 'shared-table', attrs: { 'aria-label': m.sharedTableLabel } }, h('thead', {}, head), h('tbody', {}, ...body));
    scroll.replaceChildren(matrix.columns.length && matrix.rows.length ? table : h('p', { className: 'hint' }, m.sharedNone(model.minBureaus)));
  }

  /** Arrow keys move between the matrix's buttons, skipping empty cells; Home/End go to a row's ends. */
  scroll.addEventListener('keydown', (event) => {
    const from = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('button[data-r]') : null;
    if (!from) return;
    const moves: Record<string, [number, number]> = { ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0] };
    const buttons = [...scroll.querySelectorAll<HTMLElement>('button[data-r]')];
    const at = (b: HTMLElement) => [Number(b.dataset.r), Number(b.dataset.c)] as const;
    const [r0, c0] = at(from);
    let target: HTMLElement | undefined;
    if (event.key === 'Home' || event.key === 'End') {
      const inRow = buttons.filter((b) => at(b)[0] === r0);
      target = event.key === 'Home' ? inRow[0] : inRow.at(-1);
    } else if (moves[event.key]) {
      const [dr, dc] = moves[event.key]!;
      // The nearest button that way: along the line first, then the closest across it.
      const ahead = buttons.filter((b) => {
        const [r, c] = at(b);
        return dr ? Math.sign(r - r0) === dr && c === c0 : Math.sign(c - c0) === dc && r === r0;
      });
      ahead.sort((a, b) => Math.abs(at(a)[0] - r0) + Math.abs(at(a)[1] - c0) - (Math.abs(at(b)[0] - r0) + Math.abs(at(b)[1] - c0)));
      target = ahead[0];
    } else return;
    event.preventDefault();
    target?.focus();
  });

  return {
    render(model: SharedViewModel | null) {
      const on = !!model;
      document.body.classList.toggle('view-shared', on);
      topButton.setAttribute('aria-pressed', String(on));
      container.hidden = !on;
      if (!model) {
        drawn = '';
        return;
      }
      const key = JSON.stringify({
        lang: model.lang,
        n: model.minBureaus,
        m: model.matrix && [model.matrix.rows, model.matrix.columns, model.matrix.hiddenRows, model.matrix.hiddenColumns],
      });
      if (key === drawn) return;
      drawn = key;
      const m = messages(model.lang);
      // Focus is on a control that the redraw replaces (a checkbox, a radio): find it again after.
      const focused = document.activeElement instanceof HTMLElement && container.contains(document.activeElement) ? document.activeElement.id : '';
      heading.textContent = m.sharedHeading;
      intro.textContent = m.sharedIntro;
      back.textContent = m.sharedBack;
      drawChoices(m, model);
      status.textContent = model.matrix ? '' : m.sharedLoading;
      if (model.matrix) {
        drawHideMenu(m, model.matrix);
        drawHiddenList(m, model.matrix);
        drawTable(m, model, model.matrix);
      } else {
        hiddenList.hidden = true;
        scroll.replaceChildren();
      }
      if (focused) document.getElementById(focused)?.focus();
    },
  };
}

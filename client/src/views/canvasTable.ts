import type { Dispatch } from '../app/Intent.js';
import { tableMessages, type TableMessages } from '../i18n/tableMessages.js';
import type { Lang } from '../state/ViewState.js';
import { nextOrder, sortRows, type SortOrder } from '../table/sortRows.js';
import { EDGE_COLUMNS, NODE_COLUMNS, type EdgeRow, type NodeRow, type TableRows } from '../table/tableRows.js';
import { h } from './dom.js';

export interface CanvasTableModel {
  /** The table is shown (the state's `table`, in the explorer's view). */
  on: boolean;
  lang: Lang;
  rows: TableRows;
  selection: readonly string[];
}

type Row = NodeRow | EdgeRow;

/** One sortable table: its heading buttons sort (aria-sort says how), its rows select. */
function sortableTable<Column extends string, R extends Row & Record<Column, string>>(kind: 'nodes' | 'edges', columns: readonly Column[], dispatch: Dispatch) {
  let order: SortOrder<Column> | null = null;
  let selected: ReadonlySet<string> = new Set();
  let last: { rows: R[]; lang: Lang; names: Record<Column, string>; caption: string; sortBy: (c: string) => string; empty: string } | null = null;
  const caption = h('caption');
  const head = h('tr');
  const body = h('tbody');
  const table = h('table', { className: 'canvas-table-rows', attrs: { 'data-table': kind } }, caption, h('thead', {}, head), body);
  const select = (id: string, event: MouseEvent | KeyboardEvent) =>
    dispatch({ type: 'select', ids: [id], additive: event.shiftKey || event.ctrlKey || event.metaKey });

  function draw() {
    if (!last) return;
    const { rows, lang, names } = last;
    caption.textContent = last.caption;
    head.replaceChildren(
      ...columns.map((column) => {
        const sorted = order?.column === column ? order.direction : 'none';
        const button = h(
          'button',
          {
            attrs: { type: 'button', 'data-column': column, title: last!.sortBy(names[column]) },
            on: { click: () => ((order = nextOrder(order, column)), draw()) },
          },
          names[column],
        );
        return h('th', { attrs: { scope: 'col', 'aria-sort': sorted } }, button);
      }),
    );
    const sorted = sortRows<Column, R>(rows, order, lang);
    body.replaceChildren(
      ...(sorted.length
        ? sorted.map((row) =>
            h(
              'tr',
              {
                attrs: { 'data-id': row.id, tabindex: 0 },
                on: {
                  click: (event) => select(row.id, event),
                  keydown: (event) => {
                    if (event.key !== 'Enter' && event.key !== ' ') return;
                    event.preventDefault();
                    select(row.id, event);
                  },
                },
              },
              ...columns.map((column) => h('td', { attrs: { 'data-column': column, lang: column === 'quote' ? 'zh' : undefined } }, row[column])),
            ),
          )
        : [h('tr', {}, h('td', { className: 'hint', attrs: { colspan: columns.length } }, last.empty))]),
    );
    mark(selected);
  }

  function mark(ids: ReadonlySet<string>) {
    selected = ids;
    for (const tr of body.querySelectorAll<HTMLElement>('tr[data-id]')) {
      const on = ids.has(tr.dataset.id!);
      tr.classList.toggle('selected', on);
      if (on) tr.setAttribute('aria-current', 'true');
      else tr.removeAttribute('aria-current');
    }
  }

  return {
    table,
    render(rows: R[], lang: Lang, m: TableMessages, names: Record<Column, string>, captionText: string) {
      const next = { rows, lang, names, caption: captionText, sortBy: m.sortBy, empty: m.tableEmpty };
      // The same rows draw nothing again: a redraw would lose the reader's focus and scroll.
      const same =
        last &&
        last.lang === lang &&
        last.caption === captionText &&
        last.rows.length === rows.length &&
        last.rows.every((r, i) => r === rows[i] || JSON.stringify(r) === JSON.stringify(rows[i]));
      last = next;
      if (!same) draw();
    },
    mark,
  };
}

/**
 * The canvas as two tables (nodes, relationships), over the canvas's place: the canvas keeps its
 * size underneath (a layout in a hidden container would fit into nothing), and a row clicked
 * selects as a click on the canvas does. Its "Table" button joins the toolbar.
 */
export function createCanvasTable(container: HTMLElement, toolbar: HTMLElement, dispatch: Dispatch) {
  const toggle = h('button', {
    attrs: { type: 'button', 'data-action': 'table', 'aria-pressed': 'false', 'aria-controls': container.id },
    on: { click: () => dispatch({ type: 'toggleTable' }) },
  });
  toolbar.append(toggle);
  const nodes = sortableTable<(typeof NODE_COLUMNS)[number], NodeRow>('nodes', NODE_COLUMNS, dispatch);
  const edges = sortableTable<(typeof EDGE_COLUMNS)[number], EdgeRow>('edges', EDGE_COLUMNS, dispatch);
  container.replaceChildren(nodes.table, edges.table);

  return {
    render({ on, lang, rows, selection }: CanvasTableModel) {
      const m = tableMessages(lang);
      toggle.textContent = m.tableToggle;
      toggle.setAttribute('aria-pressed', String(on));
      container.hidden = !on;
      container.setAttribute('aria-label', m.tableLabel);
      document.body.classList.toggle('table-on', on);
      if (!on) return;
      nodes.render(rows.nodes, lang, m, m.nodeColumns, m.nodesCaption(rows.nodes.length));
      edges.render(rows.edges, lang, m, m.edgeColumns, m.edgesCaption(rows.edges.length));
      const selected = new Set(selection);
      nodes.mark(selected);
      edges.mark(selected);
    },
  };
}

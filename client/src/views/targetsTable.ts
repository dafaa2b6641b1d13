import type { Dispatch } from '../app/Intent.js';
import type { TargetRow } from '../graph/targetRows.js';
import { stageKey } from '../graph/targetTable.js';
import type { Messages } from '../i18n/messages.js';
import { TARGET_COLUMNS, type TargetColumn, type TargetsState } from '../state/targetsState.js';
import type { Lang } from '../state/ViewState.js';
import { h } from './dom.js';

/** Quotes longer than this are cut in the cell; the whole text opens below the cut. */
const QUOTE_CHARS = 48;

const langTag = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en');
const otherLang = (lang: Lang) => langTag(lang === 'zh' ? 'en' : 'zh');

/** The stage as a coloured word with the source's verb quoted, the sentence holding it on hover. */
export function stageCell(m: Messages, row: TargetRow): HTMLElement {
  const key = stageKey(row);
  return h(
    'span',
    { className: 'targets-stage', attrs: { title: row.stageVerb && row.stageQuote ? m.targetsStageTitle(row.stageVerb, row.stageQuote) : undefined } },
    h('span', { className: `stage-chip stage-${key}`, attrs: { 'data-stage': key } }, m.targetsStages[key]),
    row.stageVerb ? h('q', { attrs: { lang: 'zh-CN' } }, row.stageVerb) : null,
  );
}

function quoteCell(m: Messages, quotes: string[]): Node | string {
  const text = quotes.join(' … ');
  if ([...text].length <= QUOTE_CHARS) return h('span', { attrs: { lang: 'zh-CN' } }, text);
  return h(
    'details',
    { className: 'targets-quote', attrs: { lang: 'zh-CN' } },
    h('summary', { attrs: { title: m.targetsFullQuote } }, `${[...text].slice(0, QUOTE_CHARS).join('')}…`),
    h('p', {}, text),
  );
}

/**
 * The targets table: one row per company and bureau, headings that sort (buttons, with
 * aria-sort), the name a button that opens the row in the explorer. It scrolls inside its box
 * under headings that stay put.
 */
export function createTargetsTable(dispatch: Dispatch) {
  const element = h('div', { className: 'targets-scroll', attrs: { tabindex: 0 } });

  function heading(m: Messages, column: TargetColumn, sort: TargetsState['sort']) {
    const on = sort?.column === column;
    const direction = on ? (sort.descending ? 'descending' : 'ascending') : 'none';
    return h(
      'th',
      { className: `tc-${column}`, attrs: { scope: 'col', 'aria-sort': direction, 'data-column': column } },
      h(
        'button',
        {
          attrs: { type: 'button', 'data-sort': column },
          on: { click: () => dispatch({ type: 'setTargets', patch: { sort: { column, descending: on && !sort.descending } } }) },
        },
        m.targetsColumns[column],
        h('span', { className: 'sort-mark', attrs: { 'aria-hidden': 'true' } }, on ? (sort.descending ? '▼' : '▲') : '↕'),
      ),
    );
  }

  function row(m: Messages, lang: Lang, r: TargetRow, picked: boolean) {
    const other = (text: string | null) => text && h('span', { className: 'other', attrs: { lang: otherLang(lang) } }, text);
    return h(
      'tr',
      {
        className: picked ? 'picked' : undefined,
        attrs: { 'data-key': r.key, 'data-enterprise': r.id, 'data-bureau': r.bureau.id, 'data-stage': stageKey(r) },
      },
      h(
        'th',
        { className: 'tc-name', attrs: { scope: 'row' } },
        h(
          'button',
          {
            className: 'target-open',
            attrs: { type: 'button', 'aria-label': m.targetsOpen(r.name, r.bureau.full), lang: langTag(lang) },
            on: { click: () => dispatch({ type: 'openTarget', enterprise: r.id, bureau: r.bureau.id }) },
          },
          r.name,
        ),
        other(r.other),
      ),
      h('td', { className: 'tc-summary' }, r.summary ?? ''),
      h('td', { className: 'tc-relation' }, r.relations.map((t) => m.targetsRelations[t] ?? t.toLowerCase()).join(lang === 'zh' ? '、' : ', ')),
      h('td', { className: 'tc-stage' }, stageCell(m, r)),
      h('td', { className: 'tc-bureau', attrs: { title: [r.bureau.full, r.bureau.other].filter(Boolean).join(' · ') } }, r.bureau.name),
      h(
        'td',
        { className: 'tc-destination' },
        ...r.destinations.map((d) => h('span', { className: 'destination', attrs: { 'data-id': d.id, title: d.other ?? undefined } }, d.name)),
        // None known: a dash that says so, rather than a cell that looks unfilled.
        r.destinations.length ? null : h('span', { className: 'none', attrs: { title: m.targetsUnplaced } }, '—'),
      ),
      h('td', { className: 'tc-quote' }, quoteCell(m, r.quotes)),
    );
  }

  return {
    element,
    render(m: Messages, lang: Lang, state: TargetsState, rows: TargetRow[]) {
      const table = h(
        'table',
        { className: 'targets-table', attrs: { 'aria-label': m.targetsTableLabel, 'aria-describedby': 'targets-count' } },
        h('thead', {}, h('tr', {}, ...TARGET_COLUMNS.map((c) => heading(m, c, state.sort)))),
        h('tbody', {}, ...rows.map((r) => row(m, lang, r, r.id === state.picked))),
      );
      element.replaceChildren(rows.length ? table : h('p', { className: 'hint' }, m.targetsNoRows));
    },
  };
}

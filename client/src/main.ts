// Wiring only: build the views, hand them to the explorer, connect events, start.
import { searchEntities } from './api/search.js';
import { createExplorer } from './app/explorer.js';
import { listenForShortcuts } from './app/keyboard.js';
import type { Lang } from './state/ViewState.js';
import { createDetailsPanel } from './views/detailsPanel.js';
import { byId } from './views/dom.js';
import { createExportPanel, download } from './views/exportPanel.js';
import { createGraphView } from './views/graphView.js';
import { createHelpDialog } from './views/helpDialog.js';
import { createLegendFilters } from './views/legendFilters.js';
import { createMoreChooser } from './views/moreChooser.js';
import { createPathPanel } from './views/pathPanel.js';
import { createPresenterPanel } from './views/presenterPanel.js';
import { createReadingView } from './views/readingView.js';
import { createSearchBox } from './views/searchBox.js';
import { createStatusBanner } from './views/statusBanner.js';
import { applyStaticText } from './views/staticText.js';
import { createToolbar } from './views/toolbar.js';

const LANG_KEY = 'pledge-graph.lang';
const storedLang = (() => {
  try {
    const value = localStorage.getItem(LANG_KEY);
    return value === 'zh' || value === 'en' ? (value as Lang) : null;
  } catch {
    return null;
  }
})();

const explorer = createExplorer({
  query: location.search.slice(1),
  storedLang,
  saveLang: (lang) => {
    try {
      localStorage.setItem(LANG_KEY, lang);
    } catch {
      // Private mode: the language is still in the URL.
    }
  },
  writeQuery: (query) => history.replaceState(null, '', `${location.pathname}?${query}`),
  linkTo: (query) => new URL(`${location.pathname}?${query}`, location.origin).href,
});

const canvas = byId('cy');
const graph = createGraphView(canvas, {
  onSelect: (ids, additive) => explorer.select(ids, additive),
  onExpand: (id) => explorer.expand(id),
  onMore: (id) => explorer.openMore(id),
});

explorer.attach({
  graph,
  search: createSearchBox(byId('search'), {
    search: (text) => searchEntities(text),
    // Focus moves to the canvas with the chosen node, so Enter expands it next.
    onChoose: (entity) => (explorer.reveal(entity), canvas.focus({ preventScroll: true })),
  }),
  details: createDetailsPanel(byId('details'), {
    onPick: (id) => explorer.reveal(id),
    onShowSpan: (span) => explorer.showSpan(span),
    onMore: (id) => explorer.openMore(id),
  }),
  reading: createReadingView(byId('article'), { onPick: (refs) => explorer.pickCitation(refs) }),
  filters: createLegendFilters(byId('kinds'), byId('relations'), {
    onToggleKind: (kind) => explorer.toggleKind(kind),
    onToggleRelation: (type) => explorer.toggleRelation(type),
  }),
  toolbar: createToolbar(byId('toolbar'), byId('layout'), {
    onAction: (action) =>
      ({
        undo: explorer.undo,
        redo: explorer.redo,
        expand: () => explorer.expand(),
        hide: explorer.hide,
        hideOthers: explorer.hideOthers,
        fit: () => explorer.command('fit'),
        zoomSelection: () => explorer.command('zoom'),
        overview: explorer.overview,
      })[action](),
    onLayout: (layout) => explorer.setLayout(layout),
  }),
  paths: createPathPanel(byId('paths'), {
    onSetEnd: (end) => explorer.setPathEnd(end),
    onFind: () => explorer.findPaths(),
    onClear: () => explorer.clearPath(),
  }),
  exporter: createExportPanel(byId('export'), byId('settings'), {
    onExport: (format) => explorer.exportAs(format),
    onExpandLimit: (limit) => explorer.setExpandLimit(limit),
  }),
  status: createStatusBanner(byId('status')),
  help: createHelpDialog(byId<HTMLDialogElement>('help-dialog')),
  presenter: createPresenterPanel(byId('presenter'), byId('present-button'), {
    onMove: (move) => explorer.moveStep(move),
    onExit: () => explorer.exitPresenter(),
    onResized: () => explorer.command('fit'),
  }),
  more: createMoreChooser(byId<HTMLDialogElement>('more-dialog'), (from, ids) => explorer.addNeighbours(from, ids)),
  staticText: (lang) => applyStaticText(document, lang),
  caption: (summary, caption) => {
    byId('graph-summary').textContent = summary;
    byId('caption').textContent = caption;
  },
  download,
  busy: (on) => byId('canvas').setAttribute('aria-busy', String(on)),
  ready: () => (document.body.dataset.ready = 'true'),
});

byId('lang-toggle').addEventListener('click', () => explorer.command('lang'));
byId('help-button').addEventListener('click', () => explorer.command('help'));
byId('present-button').addEventListener('click', () => explorer.present());
listenForShortcuts(canvas, (command) => explorer.command(command), explorer.presenting);

// Read-only handle for automation and the browser tests: what is on the canvas, and the view state.
Object.assign(window, { pledgeGraph: { nodes: () => graph.nodes(), state: () => explorer.state() } });

void explorer.start();

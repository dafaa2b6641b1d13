// Wiring only: the api, the explorer, the views (each reporting to the explorer's dispatch), start.
import './canvasTable.css';
import './contextMenu.css';
import './print.css';
import './panels.css';
import './keyboard.css';
import './time.css';
import { createApi } from './api/createApi.js';
import { createExplorer } from './app/explorer.js';
import { createCanvasTable } from './views/canvasTable.js';
import { createContextMenu } from './views/contextMenu.js';
import { isSpeakerLink } from './app/speakerSession.js';
import { startSpeakerView } from './speakerMain.js';
import { isIngestLink, startIngestView } from './ingestMain.js';
import { createDetailsPanel } from './views/detailsPanel.js';
import { createEditorTokenStore } from './views/editorTokenStore.js';
import { byId } from './views/dom.js';
import { createExportPanel, download } from './views/exportPanel.js';
import { createGraphView } from './views/graphView.js';
import { createHelpDialog } from './views/helpDialog.js';
import { listenForShortcuts } from './views/keyboard.js';
import { wireKeyboardPath } from './views/keyboardPath.js';
import { createLegendFilters } from './views/legendFilters.js';
import { createMoreChooser } from './views/moreChooser.js';
import { createPathPanel } from './views/pathPanel.js';
import { createPresenterPanel } from './views/presenterPanel.js';
import { createReadingView } from './views/readingView.js';
import { createSearchBox } from './views/searchBox.js';
import { createSharedView } from './views/sharedView.js';
import { createStatusBanner } from './views/statusBanner.js';
import { messages } from './i18n/messages.js';
import { createTargetsView } from './views/targetsView.js';
import { applyStaticText } from './views/staticText.js';
import { createTimeControls } from './views/timeControls.js';
import { createToolbar } from './views/toolbar.js';
import { listenToTopBar } from './views/topBar.js';
import { createWalkChannel } from './views/walkChannel.js';
import { createWalkEditor } from './views/walkEditor.js';

const LANG_KEY = 'pledge-graph.lang';
const storedLang = (() => {
  try {
    const value = localStorage.getItem(LANG_KEY);
    return value === 'zh' || value === 'en' ? value : null;
  } catch {
    return null;
  }
})();

// Before anything reads the URL: an editor link's token leaves the address bar at once.
const editorToken = createEditorTokenStore();
const speaker = isSpeakerLink(location.search.slice(1));
const ingest = isIngestLink(location.search.slice(1));
const api = createApi('/graphql', editorToken.get);
const explorer = createExplorer({
  api,
  query: location.search.slice(1),
  storedLang,
  saveLang: (lang) => {
    try {
      localStorage.setItem(LANG_KEY, lang);
    } catch {
      // Private mode: the language is still in the URL.
    }
  },
  // The app decides push or replace (state/historyEntry.ts); an unchanged address is never pushed twice.
  writeQuery: (query, entry) =>
    entry === 'push' && location.search !== `?${query}`
      ? history.pushState(null, '', `${location.pathname}?${query}`)
      : history.replaceState(null, '', `${location.pathname}?${query}`),
  linkTo: (query) => new URL(`${location.pathname}?${query}`, location.origin).href,
  editorToken,
});
const dispatch = explorer.dispatch;

const canvas = byId('cy');
const graph = createGraphView(canvas, dispatch);
const targets = createTargetsView(byId('targets'), byId('targets-button'), dispatch);
explorer.attach({
  graph,
  // Search keeps to the document scope the canvas is limited to.
  search: createSearchBox(byId('search'), { search: (text) => api.searchEntities(text, 12, undefined, explorer.state().time), dispatch }),
  details: createDetailsPanel(byId('details'), dispatch),
  reading: createReadingView(byId('article'), dispatch),
  filters: createLegendFilters(byId('kinds'), byId('relations'), dispatch),
  time: createTimeControls(byId('time'), dispatch),
  toolbar: createToolbar(byId('toolbar'), byId('layout'), dispatch),
  paths: createPathPanel(byId('paths'), dispatch),
  exporter: createExportPanel(byId('export'), byId('settings'), dispatch),
  status: createStatusBanner(byId('status'), dispatch, () => messages(explorer.state().lang).close),
  help: createHelpDialog(byId<HTMLDialogElement>('help-dialog')),
  presenter: createPresenterPanel(byId('presenter'), byId('present-button'), dispatch),
  more: createMoreChooser(byId<HTMLDialogElement>('more-dialog'), dispatch),
  menu: createContextMenu(byId('canvas'), dispatch),
  shared: createSharedView(byId('shared'), byId('shared-button'), dispatch),
  // After the toolbar: its "Table" button joins the toolbar's.
  table: createCanvasTable(byId('canvas-table'), byId('toolbar'), dispatch),
  walkEditor: createWalkEditor(byId('walk-editor'), byId('walk-editor-button'), dispatch),
  // The speaker view's own channel is its own: this page's explorer must not answer for the room.
  walkChannel: speaker ? { announce: () => undefined } : createWalkChannel((signal) => dispatch({ type: 'walkSignal', signal })),
  targets,
  staticText: (lang) => applyStaticText(document, lang),
  caption: (summary, caption) => {
    byId('graph-summary').textContent = summary;
    byId('caption').textContent = caption;
  },
  download,
  busy: (on) => byId('canvas').setAttribute('aria-busy', String(on)),
  firstScreen: () => performance.mark('first-screen'),
  ready: () => (document.body.dataset.ready = 'true'),
});

if (!speaker && !ingest) {
  listenToTopBar(
    { lang: byId('lang-toggle'), help: byId('help-button'), present: byId('present-button'), shared: byId('shared-button'), targets: byId('targets-button') },
    dispatch,
  );
  listenForShortcuts(canvas, dispatch, explorer.presenting);
  wireKeyboardPath(graph, dispatch, explorer.presenting);
  // Back and Forward move between the app's own entries (pushed by meaningful changes).
  window.addEventListener('popstate', () => dispatch({ type: 'navigate', query: location.search.slice(1) }));
}

// Read-only handle for automation and the browser tests: what is on the canvas (and on the targets' map, and where a node is drawn), and the view state.
Object.assign(window, {
  pledgeGraph: {
    nodes: () => graph.nodes(),
    labels: () => graph.labels(),
    state: () => explorer.state(),
    targetsMap: () => targets.mapReadout(),
    screenPosition: (id: string) => graph.screenPosition(id),
  },
});

if (ingest)
  startIngestView(editorToken.get, storedLang, (lang) => {
    try {
      localStorage.setItem(LANG_KEY, lang);
    } catch {
      // Private mode: the page keeps it.
    }
  });
else if (speaker) startSpeakerView(api, storedLang);
else void explorer.start();

import type { ElementDefinition } from 'cytoscape';
import type { DocumentRecord } from '../../../client/src/api/records.js';
import type { ContextMenuModel } from '../../../client/src/app/contextMenuModel.js';
import type { Views } from '../../../client/src/app/views.js';
import type { EntityKind } from '../../../client/src/generated/graphql.js';
import type { GraphCache } from '../../../client/src/graph/graphCache.js';
import type { Lang, ViewState } from '../../../client/src/state/ViewState.js';
import type { DetailsInput } from '../../../client/src/views/detailsPanel.js';
import type { CanvasNode, GraphView } from '../../../client/src/views/graphView.js';
import type { PathPanelInput } from '../../../client/src/views/pathPanel.js';
import type { PresenterModel } from '../../../client/src/views/presenterPanel.js';
import type { SharedViewModel } from '../../../client/src/views/sharedView.js';
import type { StatusAction, StatusKind } from '../../../client/src/views/statusBanner.js';
import type { TargetsViewModel } from '../../../client/src/views/targetsView.js';

/** What the graph view was last asked to show. */
export interface RecordedGraph {
  elements: Map<string, ElementDefinition>;
  selection: string[];
  pinned: string[];
  hiddenKinds: readonly string[];
  hiddenRelations: readonly string[];
  highlight: Set<string> | null;
  /** The highlight is a walkthrough step's (soft fade), not a path's. */
  softHighlight: boolean;
  badges: ReadonlyMap<string, number>;
  /** Layouts and viewport moves, in order: `layout:fcose`, `place:<anchor>`, `fit`, `zoom:a,b`, `centre:id`, `focus`. */
  moves: string[];
  /** Node ids on the canvas, sorted. */
  ids(): string[];
  label(id: string): string | undefined;
}

/** Everything the explorer drew, as plain data: the tests read this, never the explorer's insides. */
export interface Recorded {
  graph: RecordedGraph;
  status: { message: { kind: StatusKind; text: string; action?: StatusAction } | null; notice: { text: string; action: StatusAction } | null };
  details: DetailsInput | null;
  paths: PathPanelInput | null;
  presenter: PresenterModel | null;
  shared: SharedViewModel | null;
  targets: TargetsViewModel | null;
  toolbar: { state: ViewState; can: { undo: boolean; redo: boolean; shownNodes: number } } | null;
  filters: ViewState | null;
  caption: { summary: string; caption: string } | null;
  staticLang: Lang | null;
  reading: { doc: DocumentRecord | null; citations: number; missing: boolean; shownSpan: [number, number] | null };
  more: { from: string; rest: Partial<Record<EntityKind, string[]>> } | null;
  help: Lang | null;
  /** The context menu last opened, and what "copy link" put on the clipboard. */
  menu: ContextMenuModel | null;
  clipboard: string[];
  searchFocused: number;
  downloads: { name: string; data: Blob }[];
  ready: boolean;
  busy: boolean;
}

/** The graph view's read-out, worked out from what it was given (positions are not drawn here). */
function canvasNodes(graph: RecordedGraph): CanvasNode[] {
  return graph.ids().map((id) => {
    const data = graph.elements.get(id)!.data;
    const classes = [
      graph.hiddenKinds.includes(data.kind) ? 'filtered' : null,
      graph.highlight ? (graph.highlight.has(id) ? 'on-path' : graph.softHighlight ? 'muted' : 'dimmed') : null,
    ];
    return {
      id,
      label: data.label,
      kind: data.kind,
      classes: classes.filter((c): c is string => !!c),
      selected: graph.selection.includes(id),
      visible: !graph.hiddenKinds.includes(data.kind),
      position: { x: 0, y: 0 },
    };
  });
}

function recordingGraph(): { graph: RecordedGraph; view: GraphView } {
  const graph: RecordedGraph = {
    elements: new Map(),
    selection: [],
    pinned: [],
    hiddenKinds: [],
    hiddenRelations: [],
    highlight: null,
    softHighlight: false,
    badges: new Map(),
    moves: [],
    ids: () =>
      [...graph.elements.values()]
        .filter((e) => e.group === 'nodes')
        .map((e) => e.data.id!)
        .sort(),
    label: (id) => graph.elements.get(id)?.data.label,
  };
  const view: GraphView = {
    sync(elements) {
      const added = elements.filter((e) => e.group === 'nodes' && !graph.elements.has(e.data.id!)).map((e) => e.data.id!);
      graph.elements = new Map(elements.map((e) => [e.data.id!, e]));
      return added;
    },
    placeNew: (added, anchor) => Promise.resolve(void (added.length && graph.moves.push(`place:${anchor}`))),
    runLayout: (name) => Promise.resolve(void graph.moves.push(`layout:${name}`)),
    placeAt: () => Promise.resolve(void graph.moves.push('layout:preset')),
    camera: () => ({ positions: new Map(), zoom: 1, pan: { x: 0, y: 0 } }),
    select: (ids) => void (graph.selection = [...ids]),
    setPinned: (ids) => void (graph.pinned = [...ids]),
    screenPosition: () => ({ x: 100, y: 100 }),
    setFilters: (kinds, relations) => void ((graph.hiddenKinds = [...kinds]), (graph.hiddenRelations = [...relations])),
    highlight: (ids, soft) => void ((graph.highlight = ids && new Set(ids)), (graph.softHighlight = !!soft)),
    setBadges: (counts) => void (graph.badges = new Map(counts)),
    fit: () => void graph.moves.push('fit'),
    zoomTo: (ids) => void graph.moves.push(`zoom:${ids.join(',')}`),
    centerOn: (id) => void graph.moves.push(`centre:${id}`),
    focus: () => void graph.moves.push('focus'),
    // The arrow keys are the canvas's own (views/canvasKeys.ts); the explorer never calls them.
    stepFocus: () => null,
    ringFocus: () => undefined,
    png: () => Promise.resolve(new Blob(['png'], { type: 'image/png' })),
    snapshot: (title) => ({ title, nodes: [], edges: [] }),
    nodes: () => canvasNodes(graph),
    badges: () => [...graph.badges].filter(([, n]) => n > 0).map(([id, n]) => ({ for: id, label: `+${n}`, classes: ['more-badge'], visible: true })),
    labels: () => ({ zoom: 1, pan: { x: 0, y: 0 }, labels: [], badges: [], edges: [], idleMs: 0 }),
    destroy: () => undefined,
  };
  return { graph, view };
}

/** Fake views that record what they were asked to render, and a way to wait until the explorer is idle. */
export function recordingViews(): { views: Views; recorded: Recorded; settle: () => Promise<void> } {
  const { graph, view } = recordingGraph();
  const recorded: Recorded = {
    graph,
    status: { message: null, notice: null },
    details: null,
    paths: null,
    presenter: null,
    shared: null,
    targets: null,
    toolbar: null,
    filters: null,
    caption: null,
    staticLang: null,
    reading: { doc: null, citations: 0, missing: false, shownSpan: null },
    more: null,
    help: null,
    menu: null,
    clipboard: [],
    searchFocused: 0,
    downloads: [],
    ready: false,
    busy: false,
  };
  const { status, reading } = recorded;
  const views: Views = {
    graph: view,
    search: { setLang: () => undefined, focus: () => void recorded.searchFocused++ },
    details: { render: (input) => void (recorded.details = input) },
    reading: {
      setDocument: (doc) => void (reading.doc = doc),
      setMissing: () => void (reading.missing = true),
      setDocuments: () => undefined,
      loading: () => undefined,
      render: (citations) => void (reading.citations = citations.length),
      showSpan: (start, end) => void (reading.shownSpan = [start, end]),
    },
    filters: { render: (state) => void (recorded.filters = state) },
    time: { render: () => undefined },
    toolbar: { render: (state, can) => void (recorded.toolbar = { state, can }) },
    paths: { render: (input) => void (recorded.paths = input) },
    exporter: { render: () => undefined },
    status: {
      show: (kind, text, action) => void (status.message = { kind, text, action }),
      clear: () => void (status.message = null),
      dismiss: (kind) => void (status.message?.kind === kind && (status.message = null)),
      notice: (text, action) => void (status.notice = text && action ? { text, action } : null),
    },
    help: { open: (lang) => void (recorded.help = lang), isOpen: () => recorded.help !== null },
    more: { open: (from: string, rest: Partial<Record<EntityKind, string[]>>, _cache: GraphCache) => void (recorded.more = { from, rest }) },
    menu: {
      open: (model) => void (recorded.menu = model),
      copy: (text) => Promise.resolve(recorded.clipboard.push(text) > 0),
    },
    presenter: { render: (model) => void (recorded.presenter = model), leaveFullScreen: () => undefined },
    shared: { render: (model) => void (recorded.shared = model) },
    table: { render: () => undefined },
    walkEditor: { render: () => undefined },
    walkChannel: { announce: () => undefined },
    targets: { render: (model) => void (recorded.targets = model) },
    staticText: (lang) => void (recorded.staticLang = lang),
    caption: (summary, caption) => void (recorded.caption = { summary, caption }),
    download: (name, data) => void recorded.downloads.push({ name, data }),
    busy: (on) => void (recorded.busy = on),
    firstScreen: () => undefined,
    ready: () => void (recorded.ready = true),
  };
  /** Requests end with busy(false); what they start after (a redraw, a layout) is a few ticks behind. */
  async function settle() {
    for (let idle = 0; idle < 3; idle = recorded.busy ? 0 : idle + 1) await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return { views, recorded, settle };
}

import type { EntityRecord } from '../api/records.js';
import { hiddenNeighbours } from '../graph/chooseExpansion.js';
import { edgesAmong } from '../graph/graphCache.js';
import { viewElements } from '../graph/toElements.js';
import { shownAt } from '../graph/pledgeStatus.js';
import { visibleSubgraph, type VisibleSubgraph } from '../graph/visibleSubgraph.js';
import { canRedo, canUndo } from '../state/history.js';
import { tableRows } from '../table/tableRows.js';
import type { LayoutName } from '../state/ViewState.js';
import { followStatePath, noPathFound } from './pathState.js';
import { pathHighlight, pathSentences } from './pathSentences.js';
import { presenterModel, stepHighlight } from './presenterModel.js';
import { sharedModel } from './sharedModel.js';
import { targetsModel } from './targetsModel.js';
import type { Session } from './session.js';
import { viewCaption } from './viewCaption.js';
import { walkEditorModel } from './walkEditorModel.js';
import { writeUrl } from './writeUrl.js';

/** How the canvas places what changed: around an anchor (incremental) or a full layout. */
export interface Placement {
  anchor?: string | null;
  full?: boolean;
  /** A full layout other than the state's (a walkthrough step's). */
  layout?: LayoutName;
  /** Exact positions and camera (a step that saved them): no layout runs. */
  preset?: { positions: readonly { id: string; x: number; y: number }[]; viewport: { zoom: number; x: number; y: number } | null };
}

/** Draws every view from the session; returns when the canvas has finished placing what changed. */
export function renderViews(session: Session, placement: Placement = {}): Promise<void> {
  const { views, cache } = session;
  const s = session.state();
  const m = session.m();
  // What the "as of" day and the document scope leave of the canvas (the state keeps the rest for when they change back).
  const nodes = s.visible.map((id) => cache.nodes.get(id)).filter((n): n is EntityRecord => !!n && shownAt(n, s.time));
  const onCanvas = nodes.map((n) => n.id);
  const edges = edgesAmong(cache, onCanvas);
  // Before the layout: the narration panel takes room from the canvas the layout fits into.
  views.presenter.render(presenterModel(session));
  // The matrix or the targets replace the canvas: the canvas keeps what it holds, untouched while it is hidden
  // (a layout in a hidden container would fit into nothing), and is drawn again on the way back.
  views.shared.render(sharedModel(session));
  views.targets.render(targetsModel(session));
  if (s.view !== 'explorer') {
    renderPanels(session);
    writeUrl(session);
    return Promise.resolve();
  }
  const added = views.graph.sync(viewElements(nodes, edges, s.lang, s.time.asOf));
  views.graph.setFilters(s.hiddenKinds, s.hiddenRelations);
  views.graph.select(s.selection);
  views.graph.setPinned(s.pinned);
  const step = stepHighlight(session);
  views.graph.highlight(step ?? pathHighlight(session, s), !!step);
  const badges = new Map(s.expanded.filter((id) => cache.complete.has(id)).map((id) => [id, hiddenNeighbours(cache, id, s.visible).length]));
  views.graph.setBadges(badges);
  const placing = placement.preset
    ? views.graph.placeAt(placement.preset.positions, placement.preset.viewport)
    : placement.full
      ? views.graph.runLayout(placement.layout ?? s.layout, s.selection)
      : views.graph.placeNew(added, placement.anchor ?? null);
  if (session.firstScreen && nodes.length) {
    session.firstScreen = false;
    void placing.then(() => views.firstScreen());
  }

  const shown = renderPanels(session, onCanvas);
  // The counter counts what the filters leave on the canvas, out of what is there.
  const filtered = shown.nodes.length < nodes.length || shown.edges.length < edges.length;
  const summary = !s.visible.length
    ? m.nothingVisible
    : filtered
      ? m.graphCountsFiltered(shown.nodes.length, nodes.length, shown.edges.length, edges.length)
      : m.graphCounts(nodes.length, edges.length);
  views.caption(summary, viewCaption(session, s, nodes, shown));
  // A blank canvas with nodes on it: say why, and offer the way back.
  const allHidden = nodes.length > 0 && shown.nodes.length === 0;
  views.status.notice(allHidden ? m.filtersHideAll : null, { label: m.resetFilters, intent: { type: 'resetFilters' } });
  writeUrl(session);
  return placing;
}

/**
 * Everything but the canvas: also drawn before the first load, so even a failure speaks the
 * user's language. Returns what the filters leave on the canvas, which the caller counts too.
 * (The presenter panel is drawn by renderViews alone, before the layout: it takes room from the
 * canvas, and before the first load there is nothing to present.)
 */
export function renderPanels(session: Session, onCanvas?: readonly string[]): VisibleSubgraph {
  const { views, cache } = session;
  const s = session.state();
  const m = session.m();
  const sel = session.selectedNode();
  followStatePath(session);
  views.staticText(s.lang);
  views.search.setLang(s.lang);
  const shown = visibleSubgraph(cache, onCanvas ?? s.visible, s.hiddenKinds, s.hiddenRelations);
  views.toolbar.render(s, { undo: canUndo(session.history), redo: canRedo(session.history), shownNodes: shown.nodes.length });
  views.filters.render(s);
  views.time.render(s, session.documents);
  views.walkEditor.render(walkEditorModel(session), s.lang);
  views.exporter.render(s);
  views.table.render({
    on: s.table && s.view === 'explorer',
    lang: s.lang,
    rows: tableRows(cache, onCanvas ?? s.visible, s.hiddenKinds, s.hiddenRelations, s.lang),
    selection: s.selection,
  });
  views.details.render({
    lang: s.lang,
    cache,
    selected: s.selection.at(-1) ?? null,
    hiddenCount: sel && cache.complete.has(sel) ? hiddenNeighbours(cache, sel, s.visible).length : 0,
    asOf: s.time.asOf,
    documents: new Map(session.documents.map((d) => [d.id, d])),
  });
  views.reading.render(session.documentCitations, new Set(s.selection), s.lang);
  const none = noPathFound(session);
  views.paths.render({
    lang: s.lang,
    from: session.pathDraft.from,
    to: session.pathDraft.to,
    canUseSelection: !!sel,
    nameOf: session.nameOf,
    busy: session.pathBusy,
    result:
      session.pathMessage ??
      (none ? { message: m.pathNone(session.nameOf(none.from), session.nameOf(none.to)) } : null) ??
      (pathHighlight(session, s) && s.path ? pathSentences(session, s.path.from, s.path.to) : null),
  });
  return shown;
}

import type { EntityRecord } from '../api/records.js';
import type { EntityKind, SourceSpan } from '../generated/graphql.js';
import { chooseExpansion, groupByKind, hiddenNeighbours } from '../graph/chooseExpansion.js';
import { edgesAmong, emptyCache, mergeEntities, type GraphCache } from '../graph/graphCache.js';
import { entityName } from '../graph/labels.js';
import { orderPath, readPath } from '../graph/readPath.js';
import type { Citation } from '../reading/segmentText.js';
import { edgeElement, nodeElement } from '../graph/toElements.js';
import { toSvg } from '../graph/toSvg.js';
import { visibleSubgraph } from '../graph/visibleSubgraph.js';
import { describeError } from '../i18n/describeError.js';
import { messages } from '../i18n/messages.js';
import { canRedo, canUndo, record, redo, replace, startHistory, undo, type History } from '../state/history.js';
import * as T from '../state/transitions.js';
import { stateFromQuery, stateToQuery } from '../state/urlState.js';
import { initialState, type Lang, type LayoutName, type ViewState } from '../state/ViewState.js';
import type { Command } from './shortcuts.js';
import * as load from './loaders.js';
import type { Views } from './views.js';

export interface Environment {
  query: string;
  storedLang: Lang | null;
  saveLang(lang: Lang): void;
  writeQuery(query: string): void;
}

export type Explorer = ReturnType<typeof createExplorer>;

/** Holds the view state (with its history) and the cache; every change goes through render(). */
export function createExplorer(env: Environment) {
  const defaults = initialState(env.storedLang ?? 'zh');
  let history: History<ViewState> = startHistory(defaults);
  let cache: GraphCache = emptyCache();
  let views: Views;
  let pathDraft: { from: string | null; to: string | null } = { from: null, to: null };
  let pathResult: load.PathResult | null = null;
  let pathMessage: { message: string; error?: boolean } | null = null;
  let pathBusy = false;
  let sharedCount = 0;
  /** Every cited span of the article, from the API: the reading view highlights all of them. */
  let documentCitations: Citation[] = [];
  let firstScreen = true;

  const state = () => history.present;
  const m = () => messages(state().lang);
  const nameOf = (id: string) => {
    const node = cache.nodes.get(id);
    return node ? entityName(node, state().lang) : id;
  };
  const selectedNode = () => state().selection.find((id) => !T.isEdgeId(id)) ?? null;

  /** Runs a request; a failure becomes a message in the page with a retry, never an unhandled rejection. */
  let pending = 0;
  async function guard(work: () => Promise<void>, retry?: () => void): Promise<void> {
    views.busy(++pending > 0);
    try {
      await work();
    } catch (error) {
      views.status.show('error', describeError(error, state().lang), retry ? { label: m().retry, run: retry } : undefined);
    } finally {
      views.busy(--pending > 0);
    }
  }

  /** Returns when the canvas has finished placing what changed. */
  function commit(next: ViewState, undoable: boolean, layout: { anchor?: string | null; full?: boolean } = {}): Promise<void> {
    history = undoable ? record(history, next) : replace(history, next);
    return render(layout);
  }

  function pathHighlight(s: ViewState): Set<string> | null {
    if (!s.path || !pathResult || pathResult.key !== `${s.path.from}>${s.path.to}`) return null;
    return new Set(pathResult.paths.flatMap((p) => [...p.nodes.map((n) => n.id), ...p.edges.map((e) => e.id)]));
  }

  function render(layout: { anchor?: string | null; full?: boolean } = {}): Promise<void> {
    const s = state();
    const nodes = s.visible.map((id) => cache.nodes.get(id)).filter((n): n is EntityRecord => !!n);
    const edges = edgesAmong(cache, s.visible);
    const added = views.graph.sync([...nodes.map((n) => nodeElement(n, s.lang)), ...edges.map((e) => edgeElement(e, s.lang))]);
    views.graph.setFilters(s.hiddenKinds, s.hiddenRelations);
    views.graph.select(s.selection);
    views.graph.highlight(pathHighlight(s));
    const badges = new Map(s.expanded.filter((id) => cache.complete.has(id)).map((id) => [id, hiddenNeighbours(cache, id, s.visible).length]));
    views.graph.setBadges(badges);
    const placing = layout.full ? views.graph.runLayout(s.layout, s.selection) : views.graph.placeNew(added, layout.anchor ?? null);
    if (firstScreen && nodes.length) {
      firstScreen = false;
      void placing.then(() => performance.mark('first-screen'));
    }

    renderPanels();
    const reading = s.path && pathHighlight(s) ? pathSentences(s.path.from, s.path.to)[0] : undefined;
    views.caption(s.visible.length ? `${nodes.length} · ${edges.length}` : m().nothingVisible, reading ?? (sharedCount ? m().overviewCaption(sharedCount) : ''));
    env.writeQuery(stateToQuery(s, defaults));
    return placing;
  }

  /** Everything but the canvas: also drawn before the first load, so even a failure speaks the user's language. */
  function renderPanels() {
    const s = state();
    const sel = selectedNode();
    views.staticText(s.lang);
    views.search.setLang(s.lang);
    views.toolbar.render(s, { undo: canUndo(history), redo: canRedo(history) });
    views.filters.render(s);
    views.exporter.render(s);
    views.details.render({ lang: s.lang, cache, selected: s.selection[0] ?? null, hiddenCount: sel && cache.complete.has(sel) ? hiddenNeighbours(cache, sel, s.visible).length : 0 });
    views.reading.render(citations(), new Set(s.selection), s.lang);
    views.paths.render({
      lang: s.lang,
      from: pathDraft.from,
      to: pathDraft.to,
      canUseSelection: !!sel,
      nameOf,
      busy: pathBusy,
      result: pathMessage ?? (pathHighlight(s) && s.path ? { sentences: pathSentences(s.path.from, s.path.to) } : null),
    });
  }

  function citations() {
    return documentCitations;
  }

  function pathSentences(from: string, to: string): string[] {
    return (pathResult?.paths ?? []).map((p) => orderPath(p, from, to)).filter((steps) => !!steps).map((steps) => readPath(steps!, nameOf, state().lang));
  }

  /** Loads what a selection needs for the details panel, then redraws. */
  function withAdjacency(id: string | null) {
    if (!id || T.isEdgeId(id) || cache.complete.has(id)) return;
    void guard(async () => {
      cache = await load.ensureAdjacency(cache, id);
      render();
    });
  }

  async function loadReading() {
    const material = await load.loadReadingMaterial();
    if (!material) return;
    documentCitations = material.citations;
    views.reading.setDocument(material.doc, state().lang);
    render();
  }

  async function showOverview(undoable: boolean) {
    views.status.show('loading', m().loadingOverview);
    const overview = await load.loadOverview(cache);
    cache = overview.cache;
    sharedCount = overview.sharedCount;
    if (!overview.ids.length) return views.status.show('info', m().emptyGraph);
    views.status.clear();
    commit(T.select(T.showOnly(state(), overview.ids), []), undoable, { full: true });
  }

  const explorer = {
    attach(v: Views) {
      views = v;
    },
    state,
    async start() {
      history = startHistory(stateFromQuery(env.query, defaults));
      env.saveLang(state().lang);
      renderPanels();
      const s = state();
      await guard(
        async () => {
          if (s.visible.length) {
            views.status.show('loading', m().loading);
            cache = await load.loadIds(cache, s.visible);
            const known = s.visible.filter((id) => cache.nodes.has(id));
            if (s.path) ({ cache, result: pathResult } = await load.loadPaths(cache, s.path.from, s.path.to));
            views.status.clear();
            history = startHistory({ ...s, visible: known });
            render({ full: true });
          } else await showOverview(false);
          await loadReading();
        },
        () => void explorer.start(),
      );
      views.ready();
    },

    select(ids: string[], additive = false) {
      const next = additive ? [...state().selection.filter((id) => !ids.includes(id)), ...ids.filter((id) => !state().selection.includes(id))] : ids;
      commit(T.select(state(), next), false);
      withAdjacency(next[0] ?? null);
    },

    /** A node named somewhere else (search, details, article): put it on the canvas and select it. */
    reveal(entity: EntityRecord | string, centre = true) {
      const id = typeof entity === 'string' ? entity : entity.id;
      if (typeof entity !== 'string') cache = mergeEntities(cache, [entity]);
      const place = () => {
        const wasVisible = state().visible.includes(id);
        void commit(T.select(T.addNodes(state(), [id]), [id]), !wasVisible, { anchor: null }).then(() => centre && views.graph.centerOn(id));
      };
      if (cache.complete.has(id)) return place();
      void guard(async () => {
        cache = await load.ensureAdjacency(cache, id);
        place();
      });
    },

    expand(id: string | null = selectedNode()) {
      if (!id) return;
      void guard(async () => {
        cache = await load.ensureAdjacency(cache, id);
        const expansion = chooseExpansion(cache, id, state().visible, state().expandLimit);
        commit(T.addNodes(state(), expansion.add, id), true, { anchor: id });
      });
    },

    openMore(id: string) {
      const hidden = hiddenNeighbours(cache, id, state().visible);
      views.more.open(id, groupByKind(cache, hidden).rest, cache, state().lang);
    },

    addNeighbours(from: string, ids: string[]) {
      commit(T.addNodes(state(), ids, from), true, { anchor: from });
    },

    command(command: Command) {
      const s = state();
      const run: Record<Command, () => void> = {
        search: () => views.search.focus(),
        expand: () => explorer.expand(),
        hide: () => explorer.hide(),
        hideOthers: () => s.selection.length && commit(T.keepSelection(s), true),
        undo: () => explorer.undo(),
        redo: () => explorer.redo(),
        fit: () => views.graph.fit(),
        zoom: () => views.graph.zoomTo(s.selection),
        lang: () => explorer.setLang(s.lang === 'zh' ? 'en' : 'zh'),
        help: () => views.help.open(s.lang),
        escape: () => s.selection.length && commit(T.select(s, []), false),
      };
      run[command]();
    },

    hide() {
      const nodes = state().selection.filter((id) => !T.isEdgeId(id));
      if (nodes.length) commit(T.hideNodes(state(), nodes), true);
    },
    hideOthers: () => explorer.command('hideOthers'),

    undo() {
      const lang = state().lang;
      history = undo(history);
      // Language is a preference, not a step: undo never switches it back.
      history = replace(history, T.setLang(state(), lang));
      render();
    },
    redo() {
      const lang = state().lang;
      history = redo(history);
      history = replace(history, T.setLang(state(), lang));
      render();
    },

    overview: () => void guard(() => showOverview(true)),
    setLang(lang: Lang) {
      env.saveLang(lang);
      commit(T.setLang(state(), lang), false);
    },
    setLayout(layout: LayoutName) {
      commit(T.setLayout(state(), layout), false, { full: true });
    },
    relayout: () => views.graph.runLayout(state().layout, state().selection),
    toggleKind: (kind: EntityKind) => commit(T.toggleKind(state(), kind), true),
    toggleRelation: (type: string) => commit(T.toggleRelation(state(), type), true),
    setExpandLimit: (limit: number) => commit(T.setExpandLimit(state(), limit), false),

    /** A highlight was clicked: show the narrowest entity citing it (loaded if need be), else the relationship's source. */
    pickCitation(refs: string[]) {
      const node = refs.find((ref) => !T.isEdgeId(ref));
      if (node) return explorer.reveal(node);
      const edge = refs[0];
      if (!edge) return;
      const [from, , to] = edge.split('|') as [string, string, string];
      const visible = state().visible;
      if (visible.includes(from) && visible.includes(to)) explorer.select([edge]);
      else explorer.reveal(from);
    },
    showSpan: (span: SourceSpan) => views.reading.showSpan(span.start, span.end),

    setPathEnd(end: 'from' | 'to') {
      const id = selectedNode();
      if (!id) return;
      pathDraft = { ...pathDraft, [end]: id };
      pathMessage = null;
      render();
    },
    findPaths() {
      const { from, to } = pathDraft;
      if (!from || !to) return;
      pathBusy = true;
      pathMessage = null;
      render();
      void guard(async () => {
        try {
          ({ cache, result: pathResult } = await load.loadPaths(cache, from, to));
        } catch (error) {
          pathMessage = { message: describeError(error, state().lang), error: true };
          throw error;
        } finally {
          pathBusy = false;
        }
        if (!pathResult.paths.length) pathMessage = { message: m().pathNone };
        const ids = pathResult.paths.flatMap((p) => p.nodes.map((n) => n.id));
        await commit(T.setPath(T.addNodes(state(), ids), pathResult.paths.length ? { from, to } : null), true, { anchor: from });
        views.graph.zoomTo(ids);
      }).then(() => void render());
    },
    clearPath() {
      pathDraft = { from: null, to: null };
      pathMessage = null;
      commit(T.setPath(state(), null), true);
    },

    exportAs(format: 'png' | 'svg' | 'json') {
      const s = state();
      const title = `${m().appTitle} · ${s.visible.length}`;
      if (format === 'png') views.download('pledge-graph.png', views.graph.png());
      else if (format === 'svg') views.download('pledge-graph.svg', new Blob([toSvg(views.graph.snapshot(title))], { type: 'image/svg+xml' }));
      else {
        const data = { link: `?${stateToQuery(s, defaults)}`, ...visibleSubgraph(cache, s.visible, s.hiddenKinds, s.hiddenRelations) };
        views.download('pledge-graph.json', new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      }
    },
  };
  return explorer;
}

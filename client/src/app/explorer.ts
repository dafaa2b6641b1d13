import type { EntityRecord } from '../api/records.js';
import type { EntityKind, SourceSpan } from '../generated/graphql.js';
import { chooseExpansion, groupByKind, hiddenNeighbours } from '../graph/chooseExpansion.js';
import { mergeEntities } from '../graph/graphCache.js';
import { redo, replace, startHistory, undo } from '../state/history.js';
import * as T from '../state/transitions.js';
import { stateFromQuery } from '../state/urlState.js';
import type { Lang, LayoutName } from '../state/ViewState.js';
import { commit } from './commit.js';
import { exportAs, type ExportFormat } from './exportAs.js';
import { guard } from './guard.js';
import * as load from './loaders.js';
import { pathActions } from './pathActions.js';
import { presenterActions } from './presenterActions.js';
import { renderPanels, renderViews } from './renderViews.js';
import { createSession, type Environment } from './session.js';
import type { Command } from './shortcuts.js';
import type { Views } from './views.js';

export type { Environment } from './session.js';
export type Explorer = ReturnType<typeof createExplorer>;

/** Holds the view state (with its history) and the cache; every change goes through renderViews(). */
export function createExplorer(env: Environment) {
  const session = createSession(env);
  const state = session.state;
  const presenter = presenterActions(session);

  /** Loads what a selection needs for the details panel, then redraws. */
  function withAdjacency(id: string | null) {
    if (!id || T.isEdgeId(id) || session.cache.complete.has(id)) return;
    void guard(session, async () => {
      await load.ensureAdjacency(session, id);
      renderViews(session);
    });
  }

  async function loadReading() {
    const material = await load.loadReadingMaterial();
    if (!material) return session.views.reading.setMissing();
    session.documentCitations = material.citations;
    session.views.reading.setDocument(material.doc, state().lang);
    renderViews(session);
  }

  async function showOverview(undoable: boolean) {
    session.views.status.show('loading', session.m().loadingOverview);
    const overview = await load.loadOverview(session);
    session.sharedCount = overview.sharedCount;
    session.overviewIds = [...overview.ids].sort();
    if (!overview.ids.length) return session.views.status.show('info', session.m().emptyGraph);
    session.views.status.clear();
    commit(session, T.select(T.showOnly(state(), overview.ids), []), undoable, { full: true });
  }

  /** Undo or redo one step. Language is a preference, not a step: it never travels back. */
  function travel(move: typeof undo) {
    const lang = state().lang;
    session.history = move(session.history);
    session.history = replace(session.history, T.setLang(state(), lang));
    renderViews(session);
  }

  const explorer = {
    attach(v: Views) {
      session.views = v;
    },
    state,
    async start() {
      session.history = startHistory(stateFromQuery(env.query, session.defaults));
      env.saveLang(state().lang);
      renderPanels(session);
      // The article comes last: if anything before it fails, the reading view must not say "loading" for ever.
      session.views.reading.loading(true);
      await guard(
        session,
        async () => {
          const walk = state().walk;
          if (walk) session.views.status.show('loading', session.m().loading);
          const presenting = await presenter.resume();
          // resume() dropped an unknown walkthrough from the state: the rest of the link opens.
          const s = state();
          if (presenting) session.views.status.dismiss('loading');
          else if (s.visible.length) {
            session.views.status.show('loading', session.m().loading);
            const loaded = await load.loadIds(session, s.visible);
            const known = (id: string) => session.cache.nodes.has(id);
            // A path whose end is gone cannot be rebuilt; the rest of the link still opens.
            const path = s.path && known(s.path.from) && known(s.path.to) ? s.path : null;
            if (path) session.pathResult = await load.loadPaths(session, path.from, path.to);
            if (loaded.missing.length) session.views.status.show('info', session.m().linkMissing(loaded.missing));
            else session.views.status.clear();
            // A path's middle nodes belong on the canvas too, as when it was found: the link may name only its ends.
            const onPath = path ? (session.pathResult?.paths.flatMap((p) => p.nodes.map((n) => n.id)) ?? []) : [];
            // Dropping the missing ids also drops them from the selection, the expanded list and the path.
            session.history = startHistory(T.hideNodes(T.addNodes({ ...s, path }, onPath), s.visible.filter((id) => !known(id))));
            renderViews(session, { full: true });
          } else await showOverview(false);
          if (walk && !presenting) session.views.status.show('info', session.m().walkMissing(walk.id));
          await loadReading();
        },
        () => void explorer.start(),
      );
      session.views.reading.loading(false);
      session.views.ready();
    },

    select(ids: string[], additive = false) {
      const next = additive ? [...state().selection.filter((id) => !ids.includes(id)), ...ids.filter((id) => !state().selection.includes(id))] : ids;
      commit(session, T.select(state(), next), false);
      // The node picked last is the one the details panel shows.
      withAdjacency(next.at(-1) ?? null);
    },

    /** A node named somewhere else (search, details, article): put it on the canvas and select it. */
    reveal(entity: EntityRecord | string, centre = true) {
      const id = typeof entity === 'string' ? entity : entity.id;
      if (typeof entity !== 'string') session.cache = mergeEntities(session.cache, [entity]);
      const place = () => {
        const wasVisible = state().visible.includes(id);
        void commit(session, T.select(T.addNodes(state(), [id]), [id]), !wasVisible, { anchor: null }).then(() => centre && session.views.graph.centerOn(id));
      };
      if (session.cache.complete.has(id)) return place();
      void guard(session, async () => {
        await load.ensureAdjacency(session, id);
        place();
      });
    },

    expand(id: string | null = session.selectedNode()) {
      if (!id) return;
      void guard(session, async () => {
        await load.ensureAdjacency(session, id);
        const expansion = chooseExpansion(session.cache, id, state().visible, state().expandLimit);
        // Silence would look like a broken double-click.
        if (!expansion.add.length) return session.views.status.show('info', session.m().nothingToExpand);
        commit(session, T.addNodes(state(), expansion.add, id), true, { anchor: id });
      });
    },

    openMore(id: string) {
      const hidden = hiddenNeighbours(session.cache, id, state().visible);
      session.views.more.open(id, groupByKind(session.cache, hidden).rest, session.cache, state().lang);
    },

    addNeighbours(from: string, ids: string[]) {
      commit(session, T.addNodes(state(), ids, from), true, { anchor: from });
    },

    command(command: Command) {
      const s = state();
      const { views } = session;
      const run: Record<Command, () => void> = {
        search: () => views.search.focus(),
        expand: () => explorer.expand(),
        hide: () => explorer.hide(),
        hideOthers: () => s.selection.length && commit(session, T.keepSelection(s), true),
        undo: () => explorer.undo(),
        redo: () => explorer.redo(),
        fit: () => views.graph.fit(),
        zoom: () => views.graph.zoomTo(s.selection),
        lang: () => explorer.setLang(s.lang === 'zh' ? 'en' : 'zh'),
        help: () => views.help.open(s.lang),
        escape: () => s.selection.length && commit(session, T.select(s, []), false),
        nextStep: () => presenter.moveStep('next'),
        previousStep: () => presenter.moveStep('previous'),
        firstStep: () => presenter.moveStep('first'),
        lastStep: () => presenter.moveStep('last'),
        exitPresenter: () => presenter.exitPresenter(),
      };
      run[command]();
    },

    hide() {
      const nodes = state().selection.filter((id) => !T.isEdgeId(id));
      if (nodes.length) commit(session, T.hideNodes(state(), nodes), true);
    },
    hideOthers: () => explorer.command('hideOthers'),

    undo: () => travel(undo),
    redo: () => travel(redo),

    overview: () => void guard(session, () => showOverview(true)),
    setLang(lang: Lang) {
      env.saveLang(lang);
      commit(session, T.setLang(state(), lang), false);
    },
    setLayout(layout: LayoutName) {
      commit(session, T.setLayout(state(), layout), false, { full: true });
    },
    relayout: () => session.views.graph.runLayout(state().layout, state().selection),
    toggleKind: (kind: EntityKind) => commit(session, T.toggleKind(state(), kind), true),
    toggleRelation: (type: string) => commit(session, T.toggleRelation(state(), type), true),
    setExpandLimit: (limit: number) => commit(session, T.setExpandLimit(state(), limit), false),

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
    showSpan: (span: SourceSpan) => session.views.reading.showSpan(span.start, span.end),

    /** Presenter mode is on: the keyboard maps arrows, Space, PageUp/PageDown, Home/End and Esc to steps. */
    presenting: () => !!state().walk,
    present: presenter.present,
    moveStep: presenter.moveStep,
    exitPresenter: presenter.exitPresenter,

    ...pathActions(session),
    exportAs: (format: ExportFormat) => exportAs(session, format),
  };
  return explorer;
}

import type { EntityRecord } from '../api/records.js';
import { chooseExpansion, groupByKind, hiddenNeighbours } from '../graph/chooseExpansion.js';
import { mergeEntities } from '../graph/graphCache.js';
import { redo, replace, undo } from '../state/history.js';
import * as T from '../state/transitions.js';
import { commit } from './commit.js';
import { guard } from './guard.js';
import * as load from './loaders.js';
import { renderViews } from './renderViews.js';
import type { Session } from './session.js';

/** What is on the canvas and what is selected: picking, adding, expanding, hiding, undo and redo. */
export function canvasActions(session: Session) {
  const state = session.state;

  /** Loads what a selection needs for the details panel, then redraws. */
  function withAdjacency(id: string | null) {
    if (!id || T.isEdgeId(id) || session.cache.complete.has(id)) return;
    void guard(session, async () => {
      await load.ensureAdjacency(session, id);
      void renderViews(session);
    });
  }

  /** Undo or redo one step. Language is a preference, not a step: it never travels back. */
  function travel(move: typeof undo) {
    const lang = state().lang;
    session.history = move(session.history);
    session.history = replace(session.history, T.setLang(state(), lang));
    void renderViews(session);
  }

  const actions = {
    select(ids: string[], additive = false) {
      const before = state().selection;
      const next = additive ? [...before.filter((id) => !ids.includes(id)), ...ids.filter((id) => !before.includes(id))] : ids;
      void commit(session, T.select(state(), next), false);
      // The node picked last is the one the details panel shows.
      withAdjacency(next.at(-1) ?? null);
    },

    /** A node named somewhere else (search, details, article): put it on the canvas, select it and centre on it. */
    reveal(entity: EntityRecord | string) {
      const id = typeof entity === 'string' ? entity : entity.id;
      if (typeof entity !== 'string') session.cache = mergeEntities(session.cache, [entity]);
      const place = () => {
        const wasVisible = state().visible.includes(id);
        void commit(session, T.select(T.addNodes(state(), [id]), [id]), !wasVisible, { anchor: null }).then(() => session.views.graph.centerOn(id));
      };
      if (session.cache.complete.has(id)) return place();
      void guard(session, async () => {
        await load.ensureAdjacency(session, id);
        place();
      });
    },

    /**
     * A double-click expands its node; Enter and the toolbar expand every selected node, as one
     * undo step. Each node adds up to the limit of its own neighbours (the rest go behind its
     * "+N more"), so the canvas gains the union of what each would add alone.
     */
    expand(id?: string) {
      const ids = id ? [id] : state().selection.filter((s) => !T.isEdgeId(s));
      if (!ids.length) return;
      void guard(session, async () => {
        await Promise.all(ids.map((n) => load.ensureAdjacency(session, n)));
        let next = state();
        for (const n of ids) next = T.addNodes(next, chooseExpansion(session.cache, n, next.visible, next.expandLimit).add, n);
        // Silence would look like a broken double-click.
        if (next.visible.length === state().visible.length) return session.views.status.show('info', session.m().nothingToExpand);
        void commit(session, next, true, { anchor: ids.length === 1 ? ids[0] : null });
      });
    },

    /** Pins the selected nodes where they are (layouts leave them), or unpins them if all are pinned: one undo step. */
    pin() {
      const next = T.togglePins(state(), state().selection);
      if (next !== state()) void commit(session, next, true);
    },

    /** "+N more": the neighbours an expansion left out, by kind, to choose from. */
    more(id: string) {
      const hidden = hiddenNeighbours(session.cache, id, state().visible);
      session.views.more.open(id, groupByKind(session.cache, hidden).rest, session.cache, state().lang);
    },

    addNeighbours(from: string, ids: string[]) {
      void commit(session, T.addNodes(state(), ids, from), true, { anchor: from });
    },

    hide() {
      const nodes = state().selection.filter((id) => !T.isEdgeId(id));
      if (nodes.length) void commit(session, T.hideNodes(state(), nodes), true);
    },
    hideOthers() {
      if (state().selection.length) void commit(session, T.keepSelection(state()), true);
    },
    deselect() {
      if (state().selection.length) void commit(session, T.select(state(), []), false);
    },

    undo: () => travel(undo),
    redo: () => travel(redo),

    /** A highlight was clicked: show the narrowest entity citing it (loaded if need be), else the relationship's source. */
    pickCitation(refs: string[]) {
      const node = refs.find((ref) => !T.isEdgeId(ref));
      if (node) return actions.reveal(node);
      const edge = refs[0];
      if (!edge) return;
      const [from, , to] = edge.split('|') as [string, string, string];
      const visible = state().visible;
      if (visible.includes(from) && visible.includes(to)) actions.select([edge]);
      else actions.reveal(from);
    },
  };
  return actions;
}

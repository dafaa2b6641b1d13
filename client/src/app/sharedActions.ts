import type { SharedRecord } from '../api/records.js';
import { mergeEntities } from '../graph/graphCache.js';
import { columnSharing } from '../graph/sharedMatrix.js';
import { record, replace } from '../state/history.js';
import * as T from '../state/transitions.js';
import type { MinBureaus } from '../state/ViewState.js';
import { commit } from './commit.js';
import { guard } from './guard.js';
import * as load from './loaders.js';
import { renderViews } from './renderViews.js';
import type { Session } from './session.js';
import { currentMatrix } from './sharedModel.js';
import { showLoaded } from './showLoaded.js';
import { showOverview } from './showOverview.js';

/**
 * The matrix's data: every entity the pledges of one bureau or more concern, fetched once a
 * page (N only filters it, so changing N asks the server nothing), and the bureaus for the rows.
 */
export async function ensureShared(session: Session): Promise<void> {
  if (session.shared) return;
  const [records, bureaus] = await Promise.all([session.api.fetchSharedByBureaus(1), session.api.fetchBureaus()]);
  session.cache = mergeEntities(session.cache, [...bureaus, ...records.flatMap((r: SharedRecord) => [r.entity, ...r.bureaus, ...r.pledges])]);
  session.bureausKnown = true;
  session.shared = { records, bureaus };
}

const toggle = (set: Set<string>, id: string) => void (set.has(id) ? set.delete(id) : set.add(id));

/**
 * The shared-projects matrix (`?view=shared`): the analyst's "which projects and places do
 * several bureaus share, and with how many pledges each?". Entering and leaving it are undoable
 * steps; N is a setting of the view (it replaces); hidden rows and columns live in the session.
 */
export function sharedActions(session: Session) {
  const state = session.state;
  const load_ = () => guard(session, () => showLoaded(session, session.m().sharedLoading, ensureShared), { type: 'showShared' });

  const actions = {
    showShared() {
      if (state().view !== 'shared') void commit(session, { ...state(), view: 'shared' }, true);
      if (!session.shared) void load_();
    },

    /**
     * Back to the canvas as it was left (loaded first when the link named nodes the page has
     * not loaded yet); the overview when there is nothing on it.
     */
    showExplorer() {
      if (state().view === 'explorer') return;
      const next = { ...state(), view: 'explorer' as const };
      void guard(session, async () => {
        if (!next.visible.length) {
          session.history = record(session.history, next);
          return showOverview(session, false);
        }
        const unknown = next.visible.filter((id) => !session.cache.nodes.has(id));
        if (unknown.length) await load.loadIds(session, unknown);
        await commit(session, next, true, { full: unknown.length > 0 });
        session.views.graph.fit();
      });
    },

    /**
     * Before an action of the canvas (search, presenting, the article): the page shows the
     * explorer again instead of the matrix or the targets, without an undo step of its own (the
     * action's commit makes one).
     */
    leave() {
      if (state().view === 'explorer') return;
      session.history = replace(session.history, { ...state(), view: 'explorer' });
      void renderViews(session).then(() => session.views.graph.fit());
    },

    setMinBureaus(minBureaus: MinBureaus) {
      if (minBureaus !== state().minBureaus) void commit(session, { ...state(), minBureaus }, false);
    },
    toggleRow(id: string) {
      toggle(session.sharedHidden.rows, id);
      void renderViews(session);
    },
    toggleColumn(id: string) {
      toggle(session.sharedHidden.columns, id);
      void renderViews(session);
    },
    showAll() {
      session.sharedHidden.rows.clear();
      session.sharedHidden.columns.clear();
      void renderViews(session);
    },

    /**
     * A column (or one of its cells): the explorer with exactly the entity, the shown bureaus
     * whose pledges concern it and those pledges, the entity selected and at the root of a
     * breadth-first tree (pledges below it, their bureaus below them), every kind shown.
     */
    open(entity: string) {
      const matrix = currentMatrix(session);
      const sharing = matrix && columnSharing(matrix, entity);
      if (!sharing) return;
      const ids = [sharing.entity, ...sharing.bureaus, ...sharing.pledges];
      void guard(session, async () => {
        const { missing } = await load.loadIds(session, ids);
        const shown = ids.filter((id) => !missing.includes(id));
        const base = T.showAllTypes({ ...state(), view: 'explorer', walk: null, path: null });
        const next = { ...T.select(T.showOnly(base, shown), [entity]), layout: 'breadthfirst' as const };
        await commit(session, next, true, { full: true });
      });
    },
  };
  return actions;
}

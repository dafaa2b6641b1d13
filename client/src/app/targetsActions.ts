import { mergeEntities } from '../graph/graphCache.js';
import * as T from '../state/transitions.js';
import { MAX_TARGETS_TEXT, type TargetsState } from '../state/targetsState.js';
import { commit } from './commit.js';
import { guard } from './guard.js';
import * as load from './loaders.js';
import { showLoaded } from './showLoaded.js';
import type { Session } from './session.js';
import { currentTargetRows } from './targetsModel.js';

/** The targets' data, fetched once a page: filters, sort and mode only change what is drawn of it. */
export async function ensureTargets(session: Session): Promise<void> {
  if (session.targets) return;
  const targets = await session.api.fetchInvestmentTargets();
  session.cache = mergeEntities(
    session.cache,
    targets.flatMap((t) => [t.enterprise, ...t.byBureau.flatMap((s) => [s.bureau, ...s.destinations])]),
  );
  session.targets = targets;
}

/**
 * The investment-targets view (`?view=targets`): the investment staff's "which companies are
 * courted, by whom, how far, for which park?". Entering it is an undoable step, like the matrix;
 * its filters, sort and mode are settings of the view (they replace), all in the URL.
 */
export function targetsActions(session: Session) {
  const state = session.state;
  const load_ = () => guard(session, () => showLoaded(session, session.m().targetsLoading, ensureTargets), { type: 'showTargets' });

  return {
    showTargets() {
      if (state().view !== 'targets') void commit(session, { ...state(), view: 'targets' }, true);
      if (!session.targets) void load_();
    },

    set(patch: Partial<TargetsState>) {
      const next = { ...state().targets, ...patch };
      next.text = next.text.slice(0, MAX_TARGETS_TEXT);
      if (JSON.stringify(next) !== JSON.stringify(state().targets)) void commit(session, { ...state(), targets: next }, false);
    },

    /**
     * A row (one bureau) or a company on the map (every bureau): the explorer with the company,
     * those bureaus, their pledges on it and its destinations, the company selected at the root
     * of a breadth-first tree, every kind shown.
     */
    open(enterprise: string, bureau: string | null) {
      const rows = (currentTargetRows(session) ?? []).filter((r) => r.id === enterprise && (!bureau || r.bureau.id === bureau));
      if (!rows.length) return;
      const ids = [...new Set([enterprise, ...rows.flatMap((r) => [r.bureau.id, ...r.pledges, ...r.destinations.map((d) => d.id)])])];
      void guard(session, async () => {
        const { missing } = await load.loadIds(session, ids);
        const shown = ids.filter((id) => !missing.includes(id));
        const base = T.showAllTypes({ ...state(), view: 'explorer', walk: null, path: null });
        const next = { ...T.select(T.showOnly(base, shown), [enterprise]), layout: 'breadthfirst' as const };
        await commit(session, next, true, { full: true });
      });
    },
  };
}

import type { WalkthroughRecord } from '../api/records.js';
import { startHistory } from '../state/history.js';
import { endWalk, goToStep, moveStep, type StepMove } from '../state/walkthrough.js';
import { commit } from './commit.js';
import { guard } from './guard.js';
import * as load from './loaders.js';
import { currentWalkthrough } from './presenterModel.js';
import { renderViews, type Placement } from './renderViews.js';
import type { Session } from './session.js';

// Every step gets a full fcose layout fitted to the canvas, whatever layout the explorer uses:
// a step is a new picture for the room, not an edit of the last one.
const STEP_PLACEMENT: Placement = { full: true, layout: 'fcose' };

/** Loads the walkthroughs (and every node their steps show) once per page, however many ask at once. */
function ensureWalkthroughs(session: Session): Promise<WalkthroughRecord[]> {
  if (session.walkthroughs) return Promise.resolve(session.walkthroughs);
  session.walkthroughsLoading ??= load
    .loadWalkthroughs(session)
    .then((loaded) => {
      session.walkthroughs = loaded.walkthroughs;
      session.walkthroughsMissing = loaded.missing;
      return loaded.walkthroughs;
    })
    .finally(() => {
      session.walkthroughsLoading = null;
    });
  return session.walkthroughsLoading;
}

/** After a step is drawn (a commit clears informative messages): which focus ids the graph lacks, once. */
function sayMissing(session: Session) {
  if (!session.walkthroughsMissing.length) return;
  session.views.status.show('info', session.m().walkFocusMissing(session.walkthroughsMissing));
  session.walkthroughsMissing = [];
}

/**
 * Presenter mode. Undo/redo: entering is one undoable step (Undo goes back to the canvas you
 * were exploring); moving between steps and leaving replace the present state, so a talk of
 * twenty clicks does not push the exploration out of the history.
 */
export function presenterActions(session: Session) {
  const actions = {
    /** The "Present" button: opens the first walkthrough at its first step, or leaves if presenting. */
    present() {
      if (session.state().walk) return actions.exitPresenter();
      void guard(
        session,
        async () => {
          const [first] = await ensureWalkthroughs(session);
          if (!first?.steps.length) return session.views.status.show('info', session.m().noWalkthrough);
          // A second click while loading: the first one opens the walkthrough.
          if (session.state().walk) return;
          await commit(session, goToStep(session.state(), first, 1), true, STEP_PLACEMENT);
          sayMissing(session);
        },
        { type: 'present' },
      );
    },

    moveStep(move: StepMove) {
      const walkthrough = currentWalkthrough(session);
      const walk = session.state().walk;
      if (!walkthrough || !walk) return;
      const step = moveStep(walk.step, walkthrough.steps.length, move);
      if (step !== walk.step) void commit(session, goToStep(session.state(), walkthrough, step), false, STEP_PLACEMENT);
    },

    exitPresenter() {
      session.views.presenter.leaveFullScreen();
      // The sidebar comes back and the narration goes: refit the last step to the canvas it now has.
      if (session.state().walk) void commit(session, endWalk(session.state()), false).then(() => session.views.graph.fit());
    },

    /**
     * A link with walk= (reload, shared step): opens that step, clamped to the walkthrough.
     * False when the walkthrough is unknown (walk is then dropped from the state): the caller
     * opens the rest of the link instead. A failed request throws, for the caller's guard.
     */
    async resume(): Promise<boolean> {
      const walk = session.state().walk;
      if (!walk) return false;
      const walkthrough = (await ensureWalkthroughs(session)).find((w) => w.id === walk.id);
      // The user left presenter mode while it loaded: their choice stands.
      if (session.state().walk?.id !== walk.id) return false;
      if (!walkthrough?.steps.length) {
        session.history = startHistory(endWalk(session.state()));
        return false;
      }
      session.history = startHistory(goToStep(session.state(), walkthrough, walk.step));
      await renderViews(session, STEP_PLACEMENT);
      sayMissing(session);
      return true;
    },
  };
  return actions;
}

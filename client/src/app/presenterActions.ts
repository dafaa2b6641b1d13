import type { WalkthroughRecord } from '../api/records.js';
import { startHistory } from '../state/history.js';
import { clampStep, endWalk, goToStep, moveStep, type StepMove } from '../state/walkthrough.js';
import type { WalkSignal } from '../state/walkSignal.js';
import { commit } from './commit.js';
import { guard } from './guard.js';
import * as load from './loaders.js';
import { currentWalkthrough } from './presenterModel.js';
import { renderViews } from './renderViews.js';
import type { Session } from './session.js';
import { stepPlacement } from './stepPlacement.js';

/** Loads the walkthroughs (and every node their steps show) once per page, however many ask at once; `again` after a write. */
export function ensureWalkthroughs(session: Session, again = false): Promise<WalkthroughRecord[]> {
  if (session.walkthroughs && !again) return Promise.resolve(session.walkthroughs);
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

/** A speaker view in another window follows the room. */
function announce(session: Session) {
  const walk = session.state().walk;
  if (walk) session.views.walkChannel.announce({ type: 'step', walk: walk.id, step: walk.step });
}

/**
 * Presenter mode. Undo/redo: entering is one undoable step (Undo goes back to the canvas you
 * were exploring); moving between steps and leaving replace the present state, so a talk of
 * twenty clicks does not push the exploration out of the history. Each step is placed as it
 * was saved (stepPlacement): the same picture on every load.
 */
export function presenterActions(session: Session) {
  /**
   * Shows step `step` of `walkthrough`; entering presenter mode is undoable, stepping is not.
   * `tell`: announce it on the channel. A step heard there is only shown, never told back: with
   * two windows that both tell what they follow, a late echo of the step before would pull this
   * one back (a Back pressed twice quickly), and the two would go on answering each other.
   */
  const show = async (walkthrough: WalkthroughRecord, step: number, tell = true) => {
    const entering = !session.state().walk;
    const at = clampStep(step, walkthrough.steps.length);
    await commit(session, goToStep(session.state(), walkthrough, at), entering, stepPlacement(walkthrough.steps[at - 1]));
    if (tell) announce(session);
  };

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
          await show(first, 1);
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
      if (step !== walk.step) void show(walkthrough, step);
    },

    exitPresenter() {
      session.views.presenter.leaveFullScreen();
      const walk = session.state().walk;
      if (walk) session.views.walkChannel.announce({ type: 'ended', walk: walk.id });
      // The sidebar comes back and the narration goes: refit the last step to the canvas it now has.
      if (walk) void commit(session, endWalk(session.state()), false).then(() => session.views.graph.fit());
    },

    /**
     * What the speaker view said (`tell` false: shown, not told back), or where Back and Forward
     * went (`tell` true: the speaker view follows): go to that step (presenting it if the room was
     * not), or tell the speaker view ours. Resolves once it is shown.
     */
    follow(signal: WalkSignal, tell = false): Promise<void> | undefined {
      if (signal.type === 'where') return void announce(session);
      if (signal.type !== 'step') return;
      const walk = session.state().walk;
      if (walk?.id === signal.walk && walk.step === signal.step) return;
      return guard(session, async () => {
        const walkthrough = (await ensureWalkthroughs(session)).find((w) => w.id === signal.walk);
        if (walkthrough?.steps.length) await show(walkthrough, signal.step, tell);
      });
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
      await renderViews(session, stepPlacement(walkthrough.steps[session.state().walk!.step - 1]));
      announce(session);
      sayMissing(session);
      return true;
    },
  };
  return actions;
}

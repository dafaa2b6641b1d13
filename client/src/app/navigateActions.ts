import { stateToQuery, stateFromQuery } from '../state/urlState.js';
import * as T from '../state/transitions.js';
import { commit } from './commit.js';
import { defaultDocument } from './defaultDocument.js';
import { guard } from './guard.js';
import { readDocument } from './readingActions.js';
import * as load from './loaders.js';
import type { presenterActions } from './presenterActions.js';
import type { Session } from './session.js';
import { ensureShared } from './sharedActions.js';
import { ensureTargets } from './targetsActions.js';

/**
 * Back and Forward: the browser has moved to another entry of this page; show the view its
 * address describes, without a new entry. Undo/redo is a separate, finer history (every edit
 * of the canvas, not only the meaningful ones): a Back is one more change on it, so Undo
 * returns to where Back started. The language stays the user's: it is a preference, not a place.
 */
export function navigateActions(session: Session, presenter: ReturnType<typeof presenterActions>) {
  const state = session.state;

  /** Applies `work` with every write replacing the present entry, since the address is already the one wanted. */
  const restoring = async (work: () => Promise<void> | undefined) => {
    session.restoring = true;
    try {
      await work();
    } finally {
      session.restoring = false;
    }
  };

  return {
    navigate(query: string) {
      const now = state();
      const next = { ...stateFromQuery(query, session.defaults), lang: now.lang };
      if (now.walk) {
        // Presenting: Back is the previous step (steps are entries). Back past the first step must
        // not end the talk (a mouse's back button is easily pressed): the step's entry comes back.
        if (next.walk?.id === now.walk.id) return void restoring(() => presenter.follow({ type: 'step', walk: next.walk!.id, step: next.walk!.step }, true));
        session.written = now;
        return session.env.writeQuery(stateToQuery(now, session.defaults), 'push');
      }
      if (next.walk) return void restoring(() => presenter.follow({ type: 'step', walk: next.walk!.id, step: next.walk!.step }, true));
      void restoring(() =>
        guard(session, async () => {
          if (next.view === 'shared') await ensureShared(session);
          if (next.view === 'targets') await ensureTargets(session);
          const unknown = next.visible.filter((id) => !session.cache.nodes.has(id));
          if (unknown.length) await load.loadIds(session, unknown);
          const path = next.path;
          if (path && (path.from !== now.path?.from || path.to !== now.path?.to)) session.pathResult = await load.loadPaths(session, path.from, path.to);
          // Ids the graph no longer holds drop out, as when a link is opened.
          const gone = next.visible.filter((id) => !session.cache.nodes.has(id));
          const reading = next.reading ?? defaultDocument(session.documents);
          if (reading && reading !== session.readingId) await readDocument(session, reading);
          await commit(session, gone.length ? T.hideNodes(next, gone) : next, true, { anchor: null });
        }),
      );
    },
  };
}

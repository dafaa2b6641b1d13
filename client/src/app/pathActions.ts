import { describeError } from '../i18n/describeError.js';
import * as T from '../state/transitions.js';
import type { ViewState } from '../state/ViewState.js';
import { commit } from './commit.js';
import { guard } from './guard.js';
import * as load from './loaders.js';
import { renderViews } from './renderViews.js';
import type { Session } from './session.js';

/** Two ends that no path joins, and the canvas as it was when that was found. */
export interface Unjoined {
  from: string;
  to: string;
  canvas: string;
  /** The canvas has changed since: the news is the panel's alone from then on. */
  moved: boolean;
}

// Kept beside the session rather than in it: only the path panel and the caption need them.
const unjoined = new WeakMap<Session, Unjoined>();
const followed = new WeakMap<Session, string | null>();

/** What is on the canvas and what the filters hide: the view a result was found in. */
const canvasKey = (s: ViewState) => JSON.stringify([[...s.visible].sort(), s.hiddenKinds, s.hiddenRelations]);

/** The last search found no path (the panel says so until the ends change or the paths are cleared). */
export function noPathFound(session: Session): Unjoined | null {
  return unjoined.get(session) ?? null;
}

/** The same, for the caption: only while the canvas is still the one it was found in (undo does not bring it back). */
export function noPathOnCanvas(session: Session): Unjoined | null {
  const none = unjoined.get(session);
  if (!none || none.moved) return null;
  none.moved = none.canvas !== canvasKey(session.state());
  return none.moved ? null : none;
}

/**
 * The panel's ends follow the state's path whenever it changes: a link, undo and redo bring a
 * path back without going through the panel, and its ends must show. When the path goes away
 * (undo, a link's end no longer in the graph) so do ends that only came from it; ends the user
 * picked since stay.
 */
export function followStatePath(session: Session): void {
  const path = session.state().path;
  const key = path ? `${path.from}>${path.to}` : null;
  const before = followed.get(session) ?? null;
  if (followed.has(session) && before === key) return;
  followed.set(session, key);
  const draft = session.pathDraft;
  if (path) session.pathDraft = { from: path.from, to: path.to };
  else if (before === `${draft.from}>${draft.to}`) session.pathDraft = { from: null, to: null };
}

/** The path panel: pick two ends from the selection, find the paths between them, clear. */
export function pathActions(session: Session) {
  return {
    setPathEnd(end: 'from' | 'to') {
      const id = session.selectedNode();
      if (!id) return;
      session.pathDraft = { ...session.pathDraft, [end]: id };
      session.pathMessage = null;
      unjoined.delete(session);
      renderViews(session);
    },

    findPaths() {
      const { from, to } = session.pathDraft;
      if (!from || !to) return;
      session.pathBusy = true;
      session.pathMessage = null;
      unjoined.delete(session);
      renderViews(session);
      void guard(session, async () => {
        let result: load.PathResult;
        try {
          result = await load.loadPaths(session, from, to);
          session.pathResult = result;
        } catch (error) {
          session.pathMessage = { message: describeError(error, session.state().lang), error: true };
          throw error;
        } finally {
          session.pathBusy = false;
        }
        if (!result.paths.length) unjoined.set(session, { from, to, canvas: canvasKey(session.state()), moved: false });
        const ids = result.paths.flatMap((p) => p.nodes.map((n) => n.id));
        await commit(session, T.setPath(T.addNodes(session.state(), ids), result.paths.length ? { from, to } : null), true, { anchor: from });
        session.views.graph.zoomTo(ids);
      }).then(() => void renderViews(session));
    },

    clearPath() {
      session.pathDraft = { from: null, to: null };
      session.pathMessage = null;
      unjoined.delete(session);
      commit(session, T.setPath(session.state(), null), true);
    },
  };
}

import { describeError } from '../i18n/describeError.js';
import * as T from '../state/transitions.js';
import { commit } from './commit.js';
import { guard } from './guard.js';
import * as load from './loaders.js';
import { canvasKey } from './pathState.js';
import { renderViews } from './renderViews.js';
import type { Session } from './session.js';

/** The path panel: pick two ends from the selection, find the paths between them, clear. */
export function pathActions(session: Session) {
  return {
    /** `id`: the node whose menu asked (it may not be the one picked last); the selected node otherwise. */
    setPathEnd(end: 'from' | 'to', id = session.selectedNode()) {
      if (!id) return;
      session.pathDraft = { ...session.pathDraft, [end]: id };
      session.pathMessage = null;
      session.unjoined = null;
      void renderViews(session);
    },

    findPaths() {
      const { from, to } = session.pathDraft;
      if (!from || !to) return;
      session.pathBusy = true;
      session.pathMessage = null;
      session.unjoined = null;
      void renderViews(session);
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
        if (!result.paths.length) session.unjoined = { from, to, canvas: canvasKey(session.state()), moved: false };
        const ids = result.paths.flatMap((p) => p.nodes.map((n) => n.id));
        await commit(session, T.setPath(T.addNodes(session.state(), ids), result.paths.length ? { from, to } : null), true, { anchor: from });
        session.views.graph.zoomTo(ids);
      }).then(() => void renderViews(session));
    },

    clearPath() {
      session.pathDraft = { from: null, to: null };
      session.pathMessage = null;
      session.unjoined = null;
      void commit(session, T.setPath(session.state(), null), true);
    },
  };
}

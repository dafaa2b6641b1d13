import * as T from '../state/transitions.js';
import { setTime, type TimeState } from '../state/timeState.js';
import { commit } from './commit.js';
import { guard } from './guard.js';
import * as load from './loaders.js';
import type { Session } from './session.js';

/**
 * "As of" and the document scope. Both only filter what the canvas holds (graph/pledgeStatus.ts
 * decides what shows), so clearing them brings it all back; later loads ask the API with them.
 * Choosing a document also brings onto the canvas what that document states, so that the
 * limited canvas is never just the bureaus.
 */
export function timeActions(session: Session) {
  return {
    set(patch: Partial<TimeState>) {
      const before = session.state();
      const time = setTime(before.time, patch);
      if (JSON.stringify(time) === JSON.stringify(before.time)) return;
      void commit(session, { ...before, time }, true);
      const documentId = time.documentId;
      if (!documentId || documentId === before.time.documentId) return;
      void guard(session, async () => {
        const citations = await session.api.fetchCitations(documentId);
        const ids = [...new Set(citations.map((c) => c.ref).filter((ref) => !T.isEdgeId(ref)))];
        if (!ids.length) return;
        const { missing } = await load.loadIds(session, ids);
        // The document itself is cited by its own node: it is what the canvas is limited to, not on it.
        const known = ids.filter((id) => !missing.includes(id) && session.cache.nodes.get(id)?.kind !== 'DOCUMENT');
        const next = T.addNodes(session.state(), known);
        if (next.visible.length !== session.state().visible.length) await commit(session, next, false, { full: true });
      });
    },
  };
}

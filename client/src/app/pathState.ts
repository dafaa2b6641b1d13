import type { ViewState } from '../state/ViewState.js';
import type { Session } from './session.js';
import type { Unjoined } from './Unjoined.js';

/** What is on the canvas and what the filters hide: the view a result was found in. */
export const canvasKey = (s: ViewState) => JSON.stringify([[...s.visible].sort(), s.hiddenKinds, s.hiddenRelations]);

/** The last search found no path (the panel says so until the ends change or the paths are cleared). */
export function noPathFound(session: Session): Unjoined | null {
  return session.unjoined;
}

/** The same, for the caption: only while the canvas is still the one it was found in (undo does not bring it back). */
export function noPathOnCanvas(session: Session): Unjoined | null {
  const none = session.unjoined;
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
  const before = session.followedPath;
  if (before !== undefined && before === key) return;
  session.followedPath = key;
  const draft = session.pathDraft;
  if (path) session.pathDraft = { from: path.from, to: path.to };
  else if (before === `${draft.from}>${draft.to}`) session.pathDraft = { from: null, to: null };
}

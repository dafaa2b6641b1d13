import { record, replace } from '../state/history.js';
import type { ViewState } from '../state/ViewState.js';
import { renderViews, type Placement } from './renderViews.js';
import type { Session } from './session.js';

/** Every state change goes through here; returns when the canvas has finished placing what changed. */
export function commit(session: Session, next: ViewState, undoable: boolean, placement: Placement = {}): Promise<void> {
  session.history = undoable ? record(session.history, next) : replace(session.history, next);
  session.views.status.dismiss('info');
  return renderViews(session, placement);
}

import { renderViews } from './renderViews.js';
import type { Session } from './session.js';

/**
 * A view that replaces the canvas (the matrix, the targets) fetches its data once: "loading"
 * while `ensure` runs, then the views drawn with it. Failures are the caller's `guard`'s.
 */
export async function showLoaded(session: Session, message: string, ensure: (session: Session) => Promise<void>): Promise<void> {
  session.views.status.show('loading', message);
  await ensure(session);
  session.views.status.dismiss('loading');
  void renderViews(session);
}

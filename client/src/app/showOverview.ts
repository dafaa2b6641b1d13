import * as T from '../state/transitions.js';
import { commit } from './commit.js';
import * as load from './loaders.js';
import type { Session } from './session.js';

/** The first screen (and the toolbar's "Overview"): every bureau and what their pledges share. */
export async function showOverview(session: Session, undoable: boolean): Promise<void> {
  session.views.status.show('loading', session.m().loadingOverview);
  const overview = await load.loadOverview(session);
  session.sharedCount = overview.sharedCount;
  session.overviewIds = [...overview.ids].sort();
  if (!overview.ids.length) return session.views.status.show('info', session.m().emptyGraph);
  session.views.status.clear();
  void commit(session, T.select(T.showOnly(session.state(), overview.ids), []), undoable, { full: true });
}

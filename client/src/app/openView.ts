import { startHistory } from '../state/history.js';
import * as T from '../state/transitions.js';
import { linkOverCap, MAX_LINK_IDS, stateFromQuery } from '../state/urlState.js';
import { guard } from './guard.js';
import * as load from './loaders.js';
import { defaultDocument } from './defaultDocument.js';
import { readDocument } from './readingActions.js';
import { renderPanels, renderViews } from './renderViews.js';
import type { Session } from './session.js';
import { ensureShared } from './sharedActions.js';
import { showLoaded } from './showLoaded.js';
import { showOverview } from './showOverview.js';
import { ensureTargets } from './targetsActions.js';

/** The documents, and the one the link names (or the default) with its cited spans in the reading view. */
async function loadReading(session: Session): Promise<void> {
  session.documents = await session.api.fetchDocuments();
  // A link naming a document that is gone opens the default one instead.
  const named = session.documents.find((d) => d.id === session.state().reading)?.id;
  const id = named ?? defaultDocument(session.documents) ?? (await session.api.fetchFirstDocumentId());
  if (!id) return session.views.reading.setMissing();
  await readDocument(session, id);
}

/**
 * The first load: the view the page's link describes (a walkthrough's step, the nodes it names,
 * or the overview when it names none), then the article. A failure offers "reload" as its retry.
 * `resume` opens the link's walkthrough, if any (false when it cannot).
 */
export async function openView(session: Session, resume: () => Promise<boolean>): Promise<void> {
  const { views } = session;
  session.history = startHistory(stateFromQuery(session.env.query, session.defaults));
  session.env.saveLang(session.state().lang);
  renderPanels(session);
  // The article comes last: if anything before it fails, the reading view must not say "loading" for ever.
  views.reading.loading(true);
  await guard(
    session,
    async () => {
      const walk = session.state().walk;
      if (walk) views.status.show('loading', session.m().loading);
      const presenting = await resume();
      // resume() dropped an unknown walkthrough from the state: the rest of the link opens.
      const s = session.state();
      if (presenting) views.status.dismiss('loading');
      // The matrix or the targets instead of the canvas; the canvas opens (with the overview) on the way back.
      else if (s.view === 'shared') await showLoaded(session, session.m().sharedLoading, ensureShared);
      else if (s.view === 'targets') await showLoaded(session, session.m().targetsLoading, ensureTargets);
      else if (s.visible.length) {
        views.status.show('loading', session.m().loading);
        const loaded = await load.loadIds(session, s.visible);
        const known = (id: string) => session.cache.nodes.has(id);
        // A path whose end is gone cannot be rebuilt; the rest of the link still opens.
        const path = s.path && known(s.path.from) && known(s.path.to) ? s.path : null;
        if (path) session.pathResult = await load.loadPaths(session, path.from, path.to);
        if (loaded.missing.length) views.status.show('info', session.m().linkMissing(loaded.missing));
        else if (linkOverCap(session.env.query)) views.status.show('info', session.m().linkCapped(MAX_LINK_IDS));
        else views.status.clear();
        // A path's middle nodes belong on the canvas too, as when it was found: the link may name only its ends.
        const onPath = path ? (session.pathResult?.paths.flatMap((p) => p.nodes.map((n) => n.id)) ?? []) : [];
        // Dropping the missing ids also drops them from the selection, the expanded list and the path.
        session.history = startHistory(
          T.hideNodes(
            T.addNodes({ ...s, path }, onPath),
            s.visible.filter((id) => !known(id)),
          ),
        );
        void renderViews(session, { full: true });
      } else await showOverview(session, false);
      if (walk && !presenting) views.status.show('info', session.m().walkMissing(walk.id));
      await loadReading(session);
    },
    { type: 'reload' },
  );
  views.reading.loading(false);
  views.ready();
}

// Wiring of the review view (`?view=ingest`), which main.ts starts instead of the explorer.
import { graphqlRequest } from './api/graphqlRequest.js';
import { fetchDraft, ingestDocument } from './api/ingest.js';
import { searchEntities } from './api/search.js';
import { createIngestSession } from './ingest/ingestSession.js';
import { createIngestView } from './ingest/ingestView.js';
import type { Lang } from './state/ViewState.js';
import { download } from './views/exportPanel.js';

/** Whether a link opens the review view. */
export const isIngestLink = (query: string) => new URLSearchParams(query).get('view') === 'ingest';

export function startIngestView(token: () => string | null, storedLang: Lang | null, saveLang: (lang: Lang) => void): void {
  // Every request of this page is the editor's: the draft and the write both need the token.
  const request = graphqlRequest('/graphql', token);
  const urlLang = new URLSearchParams(location.search).get('lang');
  const view = createIngestView((query) => new URL(`${location.pathname}?${query}`, location.origin).href);
  const session = createIngestSession({
    lang: urlLang === 'en' || urlLang === 'zh' ? urlLang : (storedLang ?? 'zh'),
    hasToken: () => token() !== null,
    draft: (input) => fetchDraft(request, input),
    ingest: (input) => ingestDocument(request, input),
    search: async (text, kinds) =>
      (await searchEntities(request, text, 10, kinds)).map(({ entity }) => ({ id: entity.id, name: entity.name, nameEn: entity.nameEn, kind: entity.kind })),
    store: localStorageOrMemory(),
    render: (state) => view.render(state),
    saveLang,
    // seeds/documents/… and seeds/graph/ingested/…: the file names say where each goes.
    download: (files) => files.forEach((file) => download(file.path.replaceAll('/', '_'), new Blob([file.content], { type: 'text/plain;charset=utf-8' }))),
  });
  view.attach(session);
  session.start();
  document.body.dataset.ready = 'true';
}

function localStorageOrMemory() {
  try {
    return localStorage;
  } catch {
    const memory = new Map<string, string>();
    return { getItem: (key: string) => memory.get(key) ?? null, setItem: (key: string, value: string) => void memory.set(key, value) };
  }
}

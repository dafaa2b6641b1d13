import { createApi } from '../../../client/src/api/createApi.js';
import { createExplorer } from '../../../client/src/app/explorer.js';
import type { Intent } from '../../../client/src/app/Intent.js';
import type { EntryKind } from '../../../client/src/state/historyEntry.js';
import type { Lang } from '../../../client/src/state/ViewState.js';
import { recordingViews } from './recordingViews.js';

/**
 * The explorer in Node on a real API (`endpoint`), its views recording fakes: opens the page's
 * link `query` and waits for the first load. `act` dispatches intents, each until the explorer is
 * idle; `written` is every address it wrote (and whether as a new history entry), `saved` every
 * language it stored.
 */
export async function driveExplorer(endpoint: string, query: string, { storedLang = null as Lang | null } = {}) {
  const { views, recorded, settle } = recordingViews();
  const saved: Lang[] = [];
  const written: { query: string; entry: EntryKind }[] = [];
  const explorer = createExplorer({
    api: createApi(endpoint),
    query,
    storedLang,
    saveLang: (lang) => void saved.push(lang),
    writeQuery: (q, entry) => void written.push({ query: q, entry }),
    linkTo: (q) => `http://explorer.test/?${q}`,
  });
  explorer.attach(views);
  await explorer.start();
  await settle();
  const act = async (...intents: Intent[]) => {
    for (const intent of intents) {
      explorer.dispatch(intent);
      await settle();
    }
  };
  return { explorer, recorded, graph: recorded.graph, act, saved, written, url: () => new URLSearchParams(written.at(-1)?.query) };
}

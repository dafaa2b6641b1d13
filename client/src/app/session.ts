import type { Api } from '../api/createApi.js';
import { emptyCache, type GraphCache } from '../graph/graphCache.js';
import { entityName } from '../graph/labels.js';
import { messages, type Messages } from '../i18n/messages.js';
import type { Citation } from '../reading/segmentText.js';
import { startHistory, type History } from '../state/history.js';
import type { EntryKind } from '../state/historyEntry.js';
import { isEdgeId } from '../state/transitions.js';
import { initialState, type Lang, type ViewState } from '../state/ViewState.js';
import type { DocumentEntryRecord, DocumentRecord, EntityRecord, SharedRecord, WalkthroughRecord } from '../api/records.js';
import type { TargetRecord } from '../api/investmentTargets.js';
import type { PathResult } from './loaders.js';
import type { Unjoined } from './Unjoined.js';
import type { Views } from './views.js';
import type { WalkEditorState } from './walkEditorState.js';

export interface Environment {
  /** The server's operations (the page's /graphql; a test server's URL in Node). */
  api: Api;
  query: string;
  storedLang: Lang | null;
  saveLang(lang: Lang): void;
  /**
   * Puts the view's query in the address bar: 'push' makes a new browser-history entry (Back
   * returns to the one before), 'replace' rewrites the present one. The app decides which
   * (state/historyEntry.ts); the page only does it.
   */
  writeQuery(query: string, entry: EntryKind): void;
  /** The full address of the view a query describes: what a shared link or an export carries. */
  linkTo(query: string): string;
  /** The editor token of this tab, if the page was opened with the editor link; drop() forgets it. */
  editorToken?: { get(): string | null; drop(): void };
}

/**
 * What the explorer's actions share. One mutable object rather than closure variables, so the
 * actions can live in their own modules and still see each other's writes.
 */
export interface Session {
  readonly env: Environment;
  readonly api: Api;
  readonly defaults: ViewState;
  history: History<ViewState>;
  cache: GraphCache;
  bureausKnown: boolean;
  views: Views;
  pathDraft: { from: string | null; to: string | null };
  pathResult: PathResult | null;
  pathMessage: { message: string; error?: boolean } | null;
  pathBusy: boolean;
  /** Ends that the last search found no path between (the panel and the caption say so). */
  unjoined: Unjoined | null;
  /** The state's path the panel's ends last followed; undefined before the first render. */
  followedPath: string | null | undefined;
  sharedCount: number;
  /** The ids the overview put on the canvas (sorted): its caption explains that canvas and no other. */
  overviewIds: string[];
  /** Every cited span of the article, from the API: the reading view highlights all of them. */
  documentCitations: Citation[];
  /** The article itself, once loaded: the dossier places its quotes in it. */
  document: DocumentRecord | null;
  /** Every stored document, newest first (the reading view's picker, the sources' titles); empty until loaded. */
  documents: DocumentEntryRecord[];
  /** The document the reading view shows (null before the first is loaded). */
  readingId: string | null;
  /** Loaded on the first "Present" (or a link with walk=), then kept: null until then. */
  walkthroughs: WalkthroughRecord[] | null;
  /** The request for them while it runs: a second "Present" waits for it instead of loading again. */
  walkthroughsLoading: Promise<WalkthroughRecord[]> | null;
  /** Focus ids of the walkthroughs that the graph lacks: said once, after the first step is shown. */
  walkthroughsMissing: string[];
  /** The walkthrough editor while it is open; null when closed. */
  walkEditor: WalkEditorState | null;
  /** The shared-projects matrix's data (sharedByBureaus with N = 1, and the bureaus): null until it is first shown. */
  shared: { records: SharedRecord[]; bureaus: EntityRecord[] } | null;
  /** Rows (bureau ids) and columns (entity ids) of the matrix the user hid. */
  sharedHidden: { rows: Set<string>; columns: Set<string> };
  /** The investment targets (every bureau's): null until their view is first shown. */
  targets: TargetRecord[] | null;
  firstScreen: boolean;
  /** The state the address bar shows (null before the first write): the next write pushes or replaces from it. */
  written: ViewState | null;
  /** Back or Forward is being applied: the address is already right, so writes replace until it is done. */
  restoring: boolean;
  /** A count, not a flag: requests overlap, and the canvas stays busy until the last one ends. */
  pending: number;
  // Functions, not methods: views and actions take them on their own (nameOf, state).
  state: () => ViewState;
  m: () => Messages;
  nameOf: (id: string) => string;
  selectedNode: () => string | null;
}

export function createSession(env: Environment): Session {
  const defaults = initialState(env.storedLang ?? 'zh');
  const session: Session = {
    env,
    api: env.api,
    defaults,
    history: startHistory(defaults),
    cache: emptyCache(),
    bureausKnown: false,
    // main.ts attaches the views before start(); nothing renders until then.
    views: undefined as unknown as Views,
    pathDraft: { from: null, to: null },
    pathResult: null,
    pathMessage: null,
    pathBusy: false,
    unjoined: null,
    followedPath: undefined,
    sharedCount: 0,
    overviewIds: [],
    documentCitations: [],
    document: null,
    documents: [],
    readingId: null,
    walkthroughs: null,
    walkthroughsLoading: null,
    walkthroughsMissing: [],
    walkEditor: null,
    shared: null,
    sharedHidden: { rows: new Set(), columns: new Set() },
    targets: null,
    firstScreen: true,
    written: null,
    restoring: false,
    pending: 0,
    state: () => session.history.present,
    m: () => messages(session.state().lang),
    nameOf: (id) => {
      const node = session.cache.nodes.get(id);
      return node ? entityName(node, session.state().lang) : id;
    },
    // The node picked last: with several selected, the one the user is looking at.
    selectedNode: () => [...session.state().selection].reverse().find((id) => !isEdgeId(id)) ?? null,
  };
  return session;
}

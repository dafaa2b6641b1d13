import { ApiError } from '../api/ApiError.js';
import type { Draft, IngestResult } from '../api/ingest.js';
import { KIND_ORDER } from '../../../schema/vocabulary/kinds.js';
import type { DraftInput, EntityKind, IngestInput } from '../generated/graphql.js';
import type { Lang } from '../state/ViewState.js';
import { CONCERNABLE_KINDS, ingestInput, pledgesWithoutBureau } from './ingestInput.js';
import { acceptByConfidence, reviewItems, type Confidence, type MergeTarget, type ReviewItem } from './reviewItems.js';
import { loadReview, saveReview, type ReviewStore } from './reviewStorage.js';
import { seedFiles, type SeedFile } from './seedFiles.js';

export interface Fields {
  title: string;
  date: string;
  source: string;
}

export interface IngestState {
  lang: Lang;
  hasToken: boolean;
  phase: 'input' | 'drafting' | 'review' | 'saving' | 'saved';
  fields: Fields;
  fieldErrors: { title?: boolean; date?: boolean };
  draft: Draft | null;
  items: ReviewItem[];
  selected: string | null;
  /**
   * The item whose search picker is open, what it picks for (merge, or a link: a pledge's
   * concerns, the pledge a progress item reports on, the entity a mention names), the words
   * searched for (kept across re-renders), and what the search found.
   */
  picker: { key: string; purpose: PickPurpose; text: string; hits: MergeTarget[] } | null;
  message: { kind: 'error' | 'info'; text: string } | null;
  saved: IngestResult | null;
}

export interface IngestDeps {
  lang: Lang;
  hasToken: () => boolean;
  draft(input: DraftInput): Promise<Draft>;
  ingest(input: IngestInput): Promise<IngestResult>;
  /** Entities matching the words; only these kinds when given. */
  search(text: string, kinds?: EntityKind[]): Promise<MergeTarget[]>;
  store: ReviewStore;
  render(state: IngestState): void;
  /** Messages that depend on the language are the view's; the session says which one. */
  saveLang(lang: Lang): void;
  /** Hands the exported seed files to the user (downloads, in the page). */
  download(files: SeedFile[]): void;
}

/** What a picker picks for: merging the item, or one of its links. */
export type PickPurpose = 'merge' | 'concerns' | 'pledge' | 'entity';

/** What a picker may offer: a pledge links to pledges, concerns to what a pledge may concern. */
const PICKABLE: Record<PickPurpose, EntityKind[] | undefined> = {
  merge: undefined,
  concerns: [...CONCERNABLE_KINDS],
  pledge: ['PLEDGE'],
  entity: KIND_ORDER.filter((kind) => kind !== 'DOCUMENT'),
};

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/**
 * The review's state and what the page can do to it: draft, decide, edit, merge, bulk accept,
 * save. No DOM: the view renders each state it is given. The review is stored after every change
 * (keyed by the text's sha256), so a reload finds it again.
 */
export function createIngestSession(deps: IngestDeps) {
  const restored = loadReview(deps.store);
  let state: IngestState = {
    lang: deps.lang,
    hasToken: deps.hasToken(),
    phase: restored ? 'review' : 'input',
    fields: restored?.fields ?? { title: '', date: '', source: '' },
    fieldErrors: {},
    draft: restored?.draft ?? null,
    items: restored?.items ?? [],
    selected: null,
    picker: null,
    message: restored ? { kind: 'info', text: 'restored' } : null,
    saved: null,
  };
  // Numbers the merge picker's searches, so that only the latest answer is shown.
  let pickerSearches = 0;
  const set = (patch: Partial<IngestState>) => {
    state = { ...state, ...patch };
    if (state.draft && (patch.items || patch.fields)) saveReview(deps.store, { draft: state.draft, items: state.items, fields: state.fields });
    deps.render(state);
  };
  const change = (key: string, patch: Partial<ReviewItem>) => set({ items: state.items.map((item) => (item.key === key ? { ...item, ...patch } : item)) });
  const failed = (error: unknown) => {
    const refused = error instanceof ApiError && error.code === 'UNAUTHENTICATED';
    return { kind: 'error' as const, text: refused ? 'tokenRefused' : error instanceof Error ? error.message : String(error) };
  };

  const merge = (key: string, target: MergeTarget | null) => {
    state = { ...state, picker: null };
    change(key, { merge: target, ...(target ? { decision: 'accepted' as const } : {}) });
  };

  return {
    state: () => state,
    start: () => deps.render(state),
    toggleLang() {
      const lang: Lang = state.lang === 'zh' ? 'en' : 'zh';
      deps.saveLang(lang);
      set({ lang });
    },
    setField: (name: keyof Fields, value: string) => set({ fields: { ...state.fields, [name]: value }, fieldErrors: { ...state.fieldErrors, [name]: false } }),
    /** Drafts pasted text or a file's bytes; the title and date are checked first (both required). */
    async draft(source: { text: string } | { file: { name: string; base64: string } }) {
      const fieldErrors = { title: state.fields.title.trim() === '', date: !isDate(state.fields.date) };
      if (fieldErrors.title || fieldErrors.date) return set({ fieldErrors });
      if (!deps.hasToken()) return set({ hasToken: false });
      set({ phase: 'drafting', message: null, fieldErrors: {} });
      try {
        const draft = await deps.draft({ ...source, date: state.fields.date });
        const stored = loadReview(deps.store, draft.document.sha256);
        const items = stored?.items ?? reviewItems(draft, state.fields.date);
        set({ phase: 'review', draft, items, selected: null, saved: null, message: stored ? { kind: 'info', text: 'restored' } : null });
      } catch (error) {
        set({ phase: 'input', message: failed(error) });
      }
    },
    decide: (key: string, decision: ReviewItem['decision']) => change(key, { decision }),
    edit: (key: string, patch: Partial<ReviewItem>) => change(key, patch),
    acceptAll: (level: Confidence) => set({ items: acceptByConfidence(state.items, level) }),
    select: (key: string | null) => set({ selected: key }),
    async openPicker(key: string, text: string, purpose: PickPurpose = 'merge') {
      const asked = ++pickerSearches;
      const same = state.picker?.key === key && state.picker.purpose === purpose;
      set({ picker: { key, purpose, text, hits: same ? state.picker!.hits : [] } });
      if (text.trim() === '') return;
      try {
        const hits = await deps.search(text, PICKABLE[purpose]);
        // Only the latest search shows: an earlier answer arriving late would replace its hits.
        if (asked === pickerSearches && state.picker?.key === key) set({ picker: { key, purpose, text, hits } });
      } catch (error) {
        set({ message: failed(error) });
      }
    },
    closePicker: () => set({ picker: null }),
    merge,
    /** What the open picker picked: a merge, or the link it was opened for. Its name is kept for the list. */
    pick(key: string, hit: MergeTarget) {
      const purpose = state.picker?.key === key ? state.picker.purpose : 'merge';
      if (purpose === 'merge') return merge(key, hit);
      const item = state.items.find((i) => i.key === key);
      if (!item) return;
      state = { ...state, picker: null };
      const named = { names: { ...item.names, [hit.id]: { name: hit.name, nameEn: hit.nameEn ?? null } } };
      if (purpose === 'concerns') change(key, { ...named, concerns: item.concerns.includes(hit.id) ? item.concerns : [...item.concerns, hit.id] });
      else if (purpose === 'pledge') change(key, { ...named, pledgeId: hit.id });
      else change(key, { ...named, entityId: hit.id });
    },
    /** Takes one entity off a pledge's concerns. */
    unlink: (key: string, id: string) => {
      const item = state.items.find((i) => i.key === key);
      if (item) change(key, { concerns: item.concerns.filter((c) => c !== id) });
    },
    /** The one mutation of the accepted items; what it stored is shown with links. */
    async save() {
      if (!state.draft) return;
      const input = ingestInput({ ...state.fields, text: state.draft.document.text }, state.items);
      if (pledgesWithoutBureau(state.items).length > 0) return set({ message: { kind: 'error', text: 'needBureau' } });
      if (!state.items.some((item) => item.decision === 'accepted')) return set({ message: { kind: 'error', text: 'nothingAccepted' } });
      set({ phase: 'saving', message: null });
      try {
        set({ phase: 'saved', saved: await deps.ingest(input) });
      } catch (error) {
        set({ phase: 'review', message: failed(error) });
      }
    },
    /** The accepted items as seed files (with the ids the server gave, once saved). */
    exportSeeds() {
      if (!state.draft) return;
      const input = ingestInput({ ...state.fields, text: state.draft.document.text }, state.items);
      const fieldErrors = { title: state.fields.title.trim() === '', date: !isDate(state.fields.date) };
      if (fieldErrors.title || fieldErrors.date) return set({ fieldErrors });
      const ids = new Map((state.saved?.created ?? []).map((c) => [c.ref, c.id]));
      deps.download(seedFiles(input, state.draft.document.sha256, ids));
    },
    startOver: () => set({ phase: 'input', draft: null, items: [], selected: null, saved: null, message: null, picker: null }),
  };
}

export type IngestSession = ReturnType<typeof createIngestSession>;

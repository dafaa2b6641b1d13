import { ApiError } from '../api/ApiError.js';
import type { Draft, IngestResult } from '../api/ingest.js';
import type { DraftInput, IngestInput } from '../generated/graphql.js';
import type { Lang } from '../state/ViewState.js';
import { ingestInput, pledgesWithoutBureau } from './ingestInput.js';
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
  /** The item whose merge picker is open, the words searched for (kept across re-renders), and what the search found. */
  picker: { key: string; text: string; hits: MergeTarget[] } | null;
  message: { kind: 'error' | 'info'; text: string } | null;
  saved: IngestResult | null;
}

export interface IngestDeps {
  lang: Lang;
  hasToken: () => boolean;
  draft(input: DraftInput): Promise<Draft>;
  ingest(input: IngestInput): Promise<IngestResult>;
  search(text: string): Promise<MergeTarget[]>;
  store: ReviewStore;
  render(state: IngestState): void;
  /** Messages that depend on the language are the view's; the session says which one. */
  saveLang(lang: Lang): void;
  /** Hands the exported seed files to the user (downloads, in the page). */
  download(files: SeedFile[]): void;
}

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
    async openPicker(key: string, text: string) {
      const asked = ++pickerSearches;
      set({ picker: { key, text, hits: state.picker?.key === key ? state.picker.hits : [] } });
      if (text.trim() === '') return;
      try {
        const hits = await deps.search(text);
        // Only the latest search shows: an earlier answer arriving late would replace its hits.
        if (asked === pickerSearches && state.picker?.key === key) set({ picker: { key, text, hits } });
      } catch (error) {
        set({ message: failed(error) });
      }
    },
    closePicker: () => set({ picker: null }),
    merge: (key: string, target: MergeTarget | null) => {
      state = { ...state, picker: null };
      change(key, { merge: target, ...(target ? { decision: 'accepted' as const } : {}) });
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

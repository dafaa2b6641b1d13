import { z } from 'zod';
import { isEntityKind } from '../graph/kinds.js';
import { putTargets, TARGETS_QUERY, targetsFromQuery } from './targetsQuery.js';
import { isIsoDate, NO_TIME, setTime } from './timeState.js';
import { LANGS, LAYOUTS, MIN_BUREAUS, type MinBureaus, type ViewState } from './ViewState.js';

// The page's policy allows no eval: zod would call Function() once to learn whether it may
// compile its parsers, and the browser would report the refusal as a violation. A URL's few
// parameters need no compiled parser.
z.config({ jitless: true });

// Node ids are kind:slug, edge ids source|TYPE|target: commas never occur, so they separate.
const ID = z.string().regex(/^[A-Za-z0-9_.:|-]{1,300}$/);
const RELATION = z.string().regex(/^[A-Z_]{1,40}$/);

/**
 * The caps on the state a link carries. A crafted link of thousands of ids would make the page
 * ask the server for all of them, and a link the app wrote past ~16 kB would be refused before
 * it reached the page (Node's header limit; the server then explains, see oversizedRequest.ts).
 * So a link opens at most MAX_LINK_IDS ids per list, and the app never writes one longer than
 * MAX_QUERY_LENGTH characters or with more ids.
 */
export const MAX_LINK_IDS = 150;
export const MAX_QUERY_LENGTH = 8000;

const list = <T>(item: z.ZodType<T>) =>
  z
    .string()
    .optional()
    .transform((text) => {
      const out: T[] = [];
      for (const part of (text ?? '').split(',')) {
        if (out.length === MAX_LINK_IDS) break;
        const parsed = item.safeParse(part);
        if (parsed.success && !out.includes(parsed.data)) out.push(parsed.data);
      }
      return out;
    });

/** The link holds more than its caps allow (too long, or a list over MAX_LINK_IDS): part of it was not opened. */
export function linkOverCap(query: string): boolean {
  if (query.length > MAX_QUERY_LENGTH) return true;
  const params = new URLSearchParams(query);
  return ['v', 's', 'x'].some((key) => new Set((params.get(key) ?? '').split(',')).size > MAX_LINK_IDS);
}

const KIND = z.string().refine(isEntityKind);
/** A day, YYYY-MM-DD; anything else (2023-13-01, "today") falls back to none. */
const DAY = z.string().refine(isIsoDate).optional().catch(undefined);

/** One bad parameter must not spoil a shared link: each falls back on its own. */
const QuerySchema = z.object({
  v: list(ID),
  s: list(ID),
  x: list(ID),
  pin: list(ID),
  lang: z.enum(LANGS).optional().catch(undefined),
  layout: z.enum(LAYOUTS).optional().catch(undefined),
  hk: list(KIND),
  hr: list(RELATION),
  pf: ID.optional().catch(undefined),
  pt: ID.optional().catch(undefined),
  n: z.coerce.number().int().min(1).max(500).optional().catch(undefined),
  walk: ID.optional().catch(undefined),
  // Clamped to the walkthrough's length once it is loaded; here only "a positive whole number".
  step: z.coerce.number().int().min(1).max(999).optional().catch(undefined),
  // The shared-projects matrix or the investment targets instead of the canvas, and the matrix's N (1, 2 or 3 bureaus).
  view: z.enum(['shared', 'targets']).optional().catch(undefined),
  mb: z.coerce
    .number()
    .refine((n): n is MinBureaus => MIN_BUREAUS.includes(n as MinBureaus))
    .optional()
    .catch(undefined),
  // The canvas table (`table=1`).
  table: z.enum(['1']).optional().catch(undefined),
  ...TARGETS_QUERY,
  // "As of" and the document scope (state/timeState.ts): asof, doc, and the range df..dt.
  asof: DAY,
  doc: ID.optional().catch(undefined),
  df: DAY,
  dt: DAY,
  // The reading view's document, when it is not the one it opens on.
  rd: ID.optional().catch(undefined),
});

/** The query string (without "?") that reopens this view. Defaults are left out to keep links short. */
export function stateToQuery(state: ViewState, defaults: ViewState): string {
  const query = fullQuery(state, defaults);
  if (query.length <= MAX_QUERY_LENGTH && state.visible.length <= MAX_LINK_IDS) return query;
  // Over the cap: the link keeps the nodes that matter most (selected, expanded, on the path),
  // then as many of the others as fit; reopened, it shows that part of the canvas.
  const first = new Set([...state.selection, ...state.expanded, ...(state.path ? [state.path.from, state.path.to] : [])]);
  const ordered = [...state.visible.filter((id) => first.has(id)), ...state.visible.filter((id) => !first.has(id))];
  const keep = (kept: string[]) =>
    fullQuery(
      { ...state, visible: kept, selection: state.selection.filter((id) => kept.includes(id)), expanded: state.expanded.filter((id) => kept.includes(id)) },
      defaults,
    );
  let kept = ordered.slice(0, MAX_LINK_IDS);
  let capped = keep(kept);
  while (capped.length > MAX_QUERY_LENGTH && kept.length > 1) {
    kept = kept.slice(0, Math.floor(kept.length * 0.9));
    capped = keep(kept);
  }
  return capped;
}

function fullQuery(state: ViewState, defaults: ViewState): string {
  const params = new URLSearchParams();
  const putList = (key: string, values: readonly string[]) => values.length && params.set(key, values.join(','));
  putList('v', state.visible);
  putList('s', state.selection);
  putList('x', state.expanded);
  putList('pin', state.pinned);
  params.set('lang', state.lang);
  if (state.layout !== defaults.layout) params.set('layout', state.layout);
  putList('hk', state.hiddenKinds);
  putList('hr', state.hiddenRelations);
  if (state.path) {
    params.set('pf', state.path.from);
    params.set('pt', state.path.to);
  }
  if (state.expandLimit !== defaults.expandLimit) params.set('n', String(state.expandLimit));
  if (state.walk) {
    params.set('walk', state.walk.id);
    params.set('step', String(state.walk.step));
  }
  if (state.view !== 'explorer') params.set('view', state.view);
  if (state.minBureaus !== defaults.minBureaus) params.set('mb', String(state.minBureaus));
  if (state.table) params.set('table', '1');
  putTargets(params, state.targets);
  const { asOf, documentId, from, to } = state.time;
  for (const [key, value] of [
    ['asof', asOf],
    ['doc', documentId],
    ['df', from],
    ['dt', to],
  ] as const)
    if (value) params.set(key, value);
  if (state.reading) params.set('rd', state.reading);
  return params.toString();
}

/** The view a link describes; anything missing or malformed takes its value from `defaults`. */
export function stateFromQuery(query: string, defaults: ViewState): ViewState {
  const raw = Object.fromEntries(new URLSearchParams(query));
  const q = QuerySchema.parse(raw);
  return {
    visible: q.v,
    selection: q.s,
    expanded: q.x.filter((id) => q.v.includes(id)),
    pinned: q.pin.filter((id) => q.v.includes(id)),
    lang: q.lang ?? defaults.lang,
    layout: q.layout ?? defaults.layout,
    hiddenKinds: q.hk,
    hiddenRelations: q.hr,
    path: q.pf && q.pt ? { from: q.pf, to: q.pt } : null,
    expandLimit: q.n ?? defaults.expandLimit,
    // A step without a walkthrough means nothing; a walkthrough without a step starts at the first.
    walk: q.walk ? { id: q.walk, step: q.step ?? 1 } : null,
    view: q.view ?? 'explorer',
    minBureaus: q.mb ?? defaults.minBureaus,
    table: q.table === '1',
    targets: targetsFromQuery(q),
    // A range whose ends cross keeps its start (setTime drops the end the patch did not set).
    time: setTime({ ...NO_TIME, asOf: q.asof ?? null, documentId: q.doc ?? null, to: q.dt ?? null }, { from: q.df ?? null }),
    reading: q.rd ?? null,
  };
}

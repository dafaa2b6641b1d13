/**
 * When and from which documents the explorer looks: the pledges' statuses as of a day, and the
 * canvas and search limited to one document or to documents dated in a range. All null: today,
 * every document.
 */
export interface TimeState {
  /** YYYY-MM-DD: pledges made later are hidden, the others show their status on that day. */
  asOf: string | null;
  /** Only what cites this document. */
  documentId: string | null;
  /** YYYY-MM-DD, inclusive: only what cites a document dated in the range. */
  from: string | null;
  to: string | null;
}

export const NO_TIME: TimeState = { asOf: null, documentId: null, from: null, to: null };

/** A real calendar day written YYYY-MM-DD (2023-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/** A patch applied: a range whose ends cross keeps the end just set, and drops the other. */
export function setTime(time: TimeState, patch: Partial<TimeState>): TimeState {
  const next = { ...time, ...patch };
  for (const key of ['asOf', 'from', 'to'] as const) if (next[key] !== null && !isIsoDate(next[key])) next[key] = null;
  if (next.documentId === '') next.documentId = null;
  if (next.from && next.to && next.from > next.to) {
    if ('from' in patch) next.to = null;
    else next.from = null;
  }
  return next;
}

/** The scope arguments the API's search and neighborhood take. */
export function scopeArgs(time: TimeState): { documentId: string | null; from: string | null; to: string | null } {
  return { documentId: time.documentId, from: time.from, to: time.to };
}

export const isScoped = (time: TimeState) => time.documentId !== null || time.from !== null || time.to !== null;

import type { PledgeStatus, SourceSpan, StatusChange } from '../generated/graphql.js';
import { spanKey } from './mergeSources.js';

/**
 * One stored change, one JSON object per list item: ingestDocument appends reviewed ones to
 * `statusHistory` (the user's), the loader writes the seeds' to `seedStatusHistory`.
 */
export interface StoredStatusChange {
  status: PledgeStatus;
  date: string;
  sources: SourceSpan[];
  value?: number;
  unit?: string;
  note?: string;
}

interface PledgeFields {
  sources: SourceSpan[];
  text?: unknown;
  target?: unknown;
  unit?: unknown;
  unitZh?: unknown;
  /** The stored changes: JSON strings. */
  statusHistory?: unknown;
  seedStatusHistory?: unknown;
}

/**
 * A pledge's history, oldest first: `pledged` as of the date of the document that records it
 * (the earliest dated document whose words hold the pledge's text, else its earliest source),
 * then every stored change by date (a stable sort keeps the order of same-day changes as written).
 * A change stored twice (reviewed in the app, then exported and committed to the seeds; or the
 * same report reviewed twice) is one change.
 */
export function statusHistory(pledge: PledgeFields): StatusChange[] {
  const seen = new Set<string>();
  const stored = storedChanges(pledge).filter((change) => {
    const key = changeKey(change);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const first = pledgedSpan(pledge.sources, typeof pledge.text === 'string' ? pledge.text : undefined);
  const derived: StatusChange[] = first?.documentDate ? [{ status: 'pledged', date: first.documentDate, sources: [first], derived: true }] : [];
  const changes = stored
    .map((change): StatusChange => ({ ...change, share: shareOf(change, pledge), derived: false }))
    .sort((a, b) => a.date.localeCompare(b.date));
  return [...derived, ...changes];
}

/** The seeds' changes, then the reviewed ones: each a JSON string. */
export function storedChanges({ seedStatusHistory, statusHistory }: Pick<PledgeFields, 'seedStatusHistory' | 'statusHistory'>): StoredStatusChange[] {
  const list = (stored: unknown) => (Array.isArray(stored) ? stored.map((item) => JSON.parse(String(item)) as StoredStatusChange) : []);
  return [...list(seedStatusHistory), ...list(statusHistory)];
}

/** What makes two stored changes one: the status, its date and the words first cited for it. */
export function changeKey(change: StoredStatusChange): string {
  const span = change.sources[0];
  return `${change.status}|${change.date}|${span ? spanKey(span) : ''}`;
}

/** The status on `asOf` (YYYY-MM-DD; the latest without it): the last change on or before it. */
export function statusAsOf(history: StatusChange[], asOf?: string | null): PledgeStatus {
  const known = asOf ? history.filter((change) => change.date <= asOf) : history;
  return known.at(-1)?.status ?? 'pledged';
}

/** When the pledge was made: the date of its derived first entry (undefined when no source is dated). */
export function pledgedOn(history: StatusChange[]): string | undefined {
  return history.find((change) => change.derived)?.date;
}

function pledgedSpan(spans: SourceSpan[], text: string | undefined): SourceSpan | undefined {
  const dated = spans.filter((span) => span.documentDate);
  const holding = text ? dated.filter((span) => span.quote.includes(text) || text.includes(span.quote)) : [];
  const pool = holding.length > 0 ? holding : dated;
  return [...pool].sort((a, b) => a.documentDate!.localeCompare(b.documentDate!) || a.start - b.start)[0];
}

/** value / target, when both are numbers and the units agree (or either names none). */
function shareOf(change: StoredStatusChange, pledge: PledgeFields): number | null {
  if (typeof change.value !== 'number' || typeof pledge.target !== 'number' || pledge.target === 0) return null;
  // A report writes the unit in Chinese (处) where the curated pledge may have it in English (car parks, unitZh 处).
  const units = [pledge.unit, pledge.unitZh].filter((unit) => typeof unit === 'string');
  if (change.unit && units.length > 0 && !units.includes(change.unit)) return null;
  return change.value / pledge.target;
}

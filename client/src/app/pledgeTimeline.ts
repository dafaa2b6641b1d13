import type { EntityRecord } from '../api/records.js';
import type { PledgeStatus, SourceSpan } from '../generated/graphql.js';
import { timeMessages } from '../i18n/timeMessages.js';
import type { Lang } from '../state/ViewState.js';

/** A stored document as the lists name it. */
export interface DocumentName {
  id: string;
  title: string;
  date: string | null;
}

export interface TimelineEntry {
  date: string;
  status: PledgeStatus;
  /** The first entry: made, as of its document's date (not a rating). */
  derived: boolean;
  /** The words that state the change, each with the title and date of its document. */
  quotes: { span: SourceSpan; document: DocumentName | null }[];
  /** "1,200 of ≥ 4,000 个 — 30%", where the change gives a value; null otherwise. */
  share: string | null;
  note: string | null;
  /** Later than the "as of" day: shown, but not what the canvas shows. */
  afterAsOf: boolean;
}

type Pledge = Pick<EntityRecord, 'statusHistory' | 'target' | 'unit' | 'unitZh' | 'comparator'>;
type Change = NonNullable<EntityRecord['statusHistory']>[number];

const number = (value: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value);
const percent = (share: number) => new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 }).format(share);

/**
 * The share achieved, in words: the value against the pledge's target with its comparator and
 * unit (the pledge's in the page's language, unless the report's is another one). The
 * API's share decides whether the two compare (it is null when the units differ); without it a
 * value is only "reached".
 */
export function shareText(change: Pick<Change, 'value' | 'unit' | 'share'>, pledge: Pledge, lang: Lang): string | null {
  if (change.value === null || change.value === undefined) return null;
  const t = timeMessages(lang);
  const pledgeUnit = lang === 'zh' ? (pledge.unitZh ?? pledge.unit) : pledge.unit;
  // A report writes the pledge's own unit in Chinese (个 for "parking spaces"): the page's language then.
  const sameUnit = !change.unit || change.unit === pledge.unit || change.unit === pledge.unitZh;
  const unit = (sameUnit ? pledgeUnit : change.unit) ?? change.unit ?? '';
  const withUnit = (text: string) => (unit ? `${text} ${unit}` : text);
  if (change.share === null || change.share === undefined || pledge.target === null || pledge.target === undefined)
    return t.reached(withUnit(number(change.value)));
  const target = `${pledge.comparator && pledge.comparator !== '=' ? `${pledge.comparator} ` : ''}${number(pledge.target)}`;
  return t.share(number(change.value), withUnit(target), percent(change.share));
}

/** A pledge's history, oldest first, as its details show it: each change with its words, their documents, and the share. */
export function pledgeTimeline(pledge: Pledge, documents: ReadonlyMap<string, DocumentName>, lang: Lang, asOf: string | null): TimelineEntry[] {
  return (pledge.statusHistory ?? []).map((change) => ({
    date: change.date,
    status: change.status,
    derived: change.derived,
    quotes: change.sources.map((span) => ({ span, document: documents.get(span.documentId) ?? null })),
    share: shareText(change, pledge, lang),
    note: change.note ?? null,
    afterAsOf: asOf !== null && change.date > asOf,
  }));
}

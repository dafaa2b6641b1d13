import type { EdgeRecord, EntityRecord } from '../api/records.js';
import type { PledgeStatus, SourceSpan } from '../generated/graphql.js';
import type { TimeState } from '../state/timeState.js';
import { isPledgeStatus } from './statusLook.js';

type History = NonNullable<EntityRecord['statusHistory']>;

/**
 * A pledge's status on `asOf` (the latest without one): the last change on or before that day,
 * as the API gives it with its own asOf. Worked out here from the history, so a pledge that came
 * with another query (a path, a search hit) shows the same status as the canvas's.
 */
export function statusOn(pledge: Pick<EntityRecord, 'status' | 'statusHistory'>, asOf: string | null): PledgeStatus {
  const history: History = pledge.statusHistory ?? [];
  if (!history.length) return isPledgeStatus(pledge.status) ? pledge.status : 'pledged';
  const known = asOf ? history.filter((change) => change.date <= asOf) : history;
  return known.at(-1)?.status ?? 'pledged';
}

/** When the pledge was made: the day of its history's first (derived) entry; null when no source is dated. */
export function pledgedOn(pledge: Pick<EntityRecord, 'statusHistory'>): string | null {
  return (pledge.statusHistory ?? []).find((change) => change.derived)?.date ?? null;
}

/** Every span an entity or relationship stands on: its sources, and a pledge's status changes' words. */
function citedSpans(item: Pick<EntityRecord, 'sources' | 'statusHistory'> | EdgeRecord): Pick<SourceSpan, 'documentId' | 'documentDate'>[] {
  const history = 'statusHistory' in item ? (item.statusHistory ?? []) : [];
  return [...item.sources, ...history.flatMap((change) => change.sources)];
}

/** Cites the scope's document, or a document dated in its range (a span of an undated document is outside any range). */
export function citesScope(item: Pick<EntityRecord, 'sources' | 'statusHistory'> | EdgeRecord, time: TimeState): boolean {
  if (!time.documentId && !time.from && !time.to) return true;
  return citedSpans(item).some(
    (span) =>
      (!time.documentId || span.documentId === time.documentId) &&
      (!(time.from || time.to) || (!!span.documentDate && (!time.from || span.documentDate >= time.from) && (!time.to || span.documentDate <= time.to))),
  );
}

/**
 * Whether the canvas shows this entity at `time`: a pledge made after the "as of" day is not yet
 * there, and with a scope only what cites it is. Bureaus stay: every pledge hangs from one.
 */
export function shownAt(entity: EntityRecord, time: TimeState): boolean {
  if (entity.kind === 'PLEDGE' && time.asOf) {
    const made = pledgedOn(entity);
    if (made && made > time.asOf) return false;
  }
  return entity.kind === 'BUREAU' || citesScope(entity, time);
}

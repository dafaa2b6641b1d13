import type { Draft } from '../api/ingest.js';
import type { EntityKind, PledgeStatus } from '../generated/graphql.js';

export type ItemKind = 'mention' | 'candidate' | 'pledge' | 'progress';
export type Decision = 'pending' | 'accepted' | 'rejected';
export type Confidence = 'high' | 'medium' | 'low';

/** An existing entity an item is merged into (chosen with the search picker). */
export interface MergeTarget {
  id: string;
  name: string;
  /** Absent in reviews stored before pickers kept it. */
  nameEn?: string | null;
  kind: EntityKind;
}

/**
 * One proposal of the draft under review, with the reviewer's decision and edits. `key` is
 * stable for the same draft (kind and span), so a stored review finds its items again.
 */
export interface ReviewItem {
  key: string;
  item: ItemKind;
  start: number;
  end: number;
  /** The words of the text it cites. */
  quote: string;
  decision: Decision;
  confidence: Confidence;
  rule: string | null;
  /** mention: the entity named; progress: the project or place it reports on. */
  entityId: string | null;
  /** candidate (and edits): the new entity. */
  kind: EntityKind | null;
  name: string;
  nameEn: string;
  /** pledge: who pledges (an id, or the key of an accepted BUREAU candidate); progress: the bureau's group. */
  bureau: string | null;
  metric: string;
  target: number | null;
  unit: string;
  comparator: string;
  due: string;
  /** pledge: ids of what it concerns, or keys of accepted candidates. */
  concerns: string[];
  /** progress: the pledge it reports on, its status, date and amount. */
  pledgeId: string | null;
  status: PledgeStatus | null;
  date: string;
  value: number | null;
  merge: MergeTarget | null;
  /** The entities a picker linked it to (concerns, pledge, entity), for the list to name them; absent in reviews stored before pickers. */
  names?: Record<string, { name: string; nameEn?: string | null }>;
}

/** A pledge's 0..1 score → the level the bulk accept uses. */
export function confidenceOf(score: number): Confidence {
  return score >= 0.8 ? 'high' : score >= 0.6 ? 'medium' : 'low';
}

const base = (item: ItemKind, start: number, end: number, quote: string): ReviewItem => ({
  key: `${item}@${start}-${end}`,
  item,
  start,
  end,
  quote,
  decision: 'pending',
  confidence: 'medium',
  rule: null,
  entityId: null,
  kind: null,
  name: '',
  nameEn: '',
  bureau: null,
  metric: '',
  target: null,
  unit: '',
  comparator: '',
  due: '',
  concerns: [],
  pledgeId: null,
  status: null,
  date: '',
  value: null,
  merge: null,
});

/**
 * The draft → items to review, in text order. A mention matched a name of the graph (high); a
 * candidate is a naming pattern (medium); a pledge carries the extraction's score; progress is
 * high when it is linked to an earlier pledge, medium with a known entity, low otherwise.
 */
export function reviewItems(draft: Draft, reportDate: string): ReviewItem[] {
  const text = draft.document.text;
  const items: ReviewItem[] = [
    ...draft.mentions.map((m) => ({ ...base('mention', m.start, m.end, m.text), entityId: m.entityId, confidence: 'high' as const })),
    ...draft.candidates.map((c) => ({ ...base('candidate', c.start, c.end, text.slice(c.start, c.end)), kind: c.kind, name: c.name, rule: c.rule })),
    ...draft.pledges.map((p) => ({
      ...base('pledge', p.start, p.end, p.text),
      confidence: confidenceOf(p.confidence),
      rule: p.rule,
      bureau: p.bureauId,
      metric: p.metric ?? '',
      target: p.target,
      unit: p.unit ?? '',
      comparator: p.comparator ?? '',
      due: p.due ?? '',
      concerns: p.concerns,
    })),
    ...draft.progress.map((p) => ({
      ...base('progress', p.start, p.end, p.text),
      confidence: p.pledgeId ? ('high' as const) : p.entityId ? ('medium' as const) : ('low' as const),
      rule: p.rule,
      entityId: p.entityId,
      pledgeId: p.pledgeId,
      status: p.status,
      date: p.date ?? reportDate,
      value: p.value,
      unit: p.unit ?? '',
    })),
  ];
  return items.sort((a, b) => a.start - b.start || b.end - a.end || a.key.localeCompare(b.key));
}

/** Bulk accept: every pending item at `level` or surer is accepted; decided items keep their decision. */
export function acceptByConfidence(items: readonly ReviewItem[], level: Confidence): ReviewItem[] {
  const allowed: Confidence[] = level === 'high' ? ['high'] : level === 'medium' ? ['high', 'medium'] : ['high', 'medium', 'low'];
  return items.map((item) => (item.decision === 'pending' && allowed.includes(item.confidence) ? { ...item, decision: 'accepted' } : item));
}

/** How many items have a decision, of how many. */
export function reviewed(items: readonly ReviewItem[]): { done: number; total: number } {
  return { done: items.filter((item) => item.decision !== 'pending').length, total: items.length };
}

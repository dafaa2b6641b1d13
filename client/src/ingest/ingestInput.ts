import { KIND_ORDER, KINDS } from '../../../schema/vocabulary/kinds.js';
import { RELATIONSHIPS } from '../../../schema/vocabulary/relationships.js';
import type { EntityKind, IngestInput, SpanInput } from '../generated/graphql.js';
import type { ReviewItem } from './reviewItems.js';

export interface DocumentFields {
  title: string;
  date: string;
  source: string;
  text: string;
}

/** What a pledge may concern (the CONCERNS relationship's kinds). */
export const CONCERNABLE_KINDS: readonly EntityKind[] = KIND_ORDER.filter((kind) =>
  (RELATIONSHIPS.CONCERNS.to as readonly string[]).includes(KINDS[kind].label),
);
const concernable = (kind: EntityKind | null | undefined) => !!kind && CONCERNABLE_KINDS.includes(kind);
const kindOfId = (id: string) => (Object.keys(KINDS) as EntityKind[]).find((kind) => id.startsWith(`${KINDS[kind].prefix}:`));

/** The ref a new entity or pledge goes by in the mutation: its item key, made of allowed characters. */
export const refOf = (key: string) => key.replace(/[^A-Za-z0-9_-]/g, '_');

/**
 * The reviewed draft → ONE ingestDocument input, from the accepted items only: mentions (and
 * items merged into an existing entity) add spans to existing entities; accepted candidates are
 * new entities; accepted pledges are new pledges of their bureau, concerning the entities in
 * their `concerns` (ids, or keys of accepted candidates) and the accepted candidates inside their
 * words; accepted progress linked to a pledge is a status change of it, otherwise a mention of
 * what it reports on. Every item cites its own words (span and quote). Pure.
 */
export function ingestInput(doc: DocumentFields, items: readonly ReviewItem[]): IngestInput {
  const accepted = items.filter((item) => item.decision === 'accepted');
  const span = (item: ReviewItem): SpanInput => ({ start: item.start, end: item.end, quote: doc.text.slice(item.start, item.end) });
  const mentions = new Map<string, SpanInput[]>();
  const mention = (id: string, item: ReviewItem) => mentions.set(id, [...(mentions.get(id) ?? []), span(item)]);

  const newEntities = accepted.filter((item) => item.item === 'candidate' && !item.merge && item.kind);
  const newPledges = accepted.filter((item) => item.item === 'pledge' && !item.merge && item.bureau);
  const refs = new Map([
    ...newEntities.map((item) => [item.key, { ref: refOf(item.key), kind: item.kind! }] as const),
    ...newPledges.map((item) => [item.key, { ref: refOf(item.key), kind: 'PLEDGE' }] as const),
  ]);
  // A reference to a candidate that was merged goes to the entity it was merged into.
  const merged = new Map(accepted.filter((item) => item.merge).map((item) => [item.key, item.merge!.id]));
  const resolve = (value: string): { value: string; kind: EntityKind | undefined } | null => {
    if (refs.has(value)) return { value: refs.get(value)!.ref, kind: refs.get(value)!.kind };
    if (merged.has(value)) return resolve(merged.get(value)!);
    // Item keys have an @, ids a colon.
    if (value.includes(':') && !value.includes('@')) return { value, kind: kindOfId(value) };
    return null;
  };

  for (const item of accepted) {
    if (item.merge) mention(item.merge.id, item);
    else if (item.item === 'mention' && item.entityId) mention(item.entityId, item);
    else if (item.item === 'progress' && !item.pledgeId && item.entityId) mention(item.entityId, item);
  }

  const pledges = newPledges.flatMap((item) => {
    const bureau = item.bureau ? resolve(item.bureau) : null;
    if (!bureau) return [];
    const inside = newEntities.filter((c) => c.start >= item.start && c.end <= item.end).map((c) => c.key);
    const concerns = [
      ...new Set(
        [...item.concerns, ...inside]
          .map(resolve)
          .filter((r) => r !== null && concernable(r.kind))
          .map((r) => r!.value),
      ),
    ];
    return [
      {
        ref: refOf(item.key),
        bureau: bureau.value,
        text: item.quote,
        ...(item.name ? { name: item.name } : {}),
        ...(item.nameEn ? { nameEn: item.nameEn } : {}),
        ...(item.metric ? { metricZh: item.metric } : {}),
        ...(item.target !== null ? { target: item.target } : {}),
        ...(item.unit ? { unitZh: item.unit } : {}),
        ...(item.comparator ? { comparator: item.comparator } : {}),
        ...(item.due ? { due: item.due } : {}),
        year: Number(doc.date.slice(0, 4)),
        confidence: item.confidence,
        spans: [span(item)],
        ...(concerns.length ? { concerns } : {}),
      },
    ];
  });

  const statusChanges = accepted
    .filter((item) => item.item === 'progress' && !item.merge && item.pledgeId && item.status)
    .map((item) => ({
      pledge: resolve(item.pledgeId!)?.value ?? item.pledgeId!,
      status: item.status!,
      ...(item.date ? { date: item.date } : {}),
      ...(item.value !== null ? { value: item.value } : {}),
      ...(item.unit ? { unit: item.unit } : {}),
      spans: [span(item)],
    }));

  return {
    document: { title: doc.title.trim(), date: doc.date, text: doc.text, ...(doc.source.trim() ? { source: doc.source.trim() } : {}) },
    mentions: [...mentions].map(([entityId, spans]) => ({ entityId, spans })),
    entities: newEntities.map((item) => ({
      ref: refOf(item.key),
      kind: item.kind!,
      name: item.name.trim() || item.quote,
      ...(item.nameEn.trim() ? { nameEn: item.nameEn.trim() } : {}),
      spans: [span(item)],
    })),
    pledges,
    statusChanges,
  };
}

/** Accepted pledges that cannot be stored yet: no bureau told (the reviewer must choose one). */
export function pledgesWithoutBureau(items: readonly ReviewItem[]): ReviewItem[] {
  return items.filter((item) => item.item === 'pledge' && item.decision === 'accepted' && !item.merge && !item.bureau);
}

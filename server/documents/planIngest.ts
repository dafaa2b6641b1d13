import { KINDS } from '../../schema/vocabulary/kinds.js';
import type { SourceSpan } from '../load/SeedGraph.js';
import { edgeId, type Label, type RelationshipType } from '../load/model.js';
import { entityProps } from '../load/validateSeeds.js';
import type { IngestInput } from './ingestSchema.js';
import type { StoredStatusChange } from './statusHistory.js';

/** The stored document the draft's spans cite (a new one, or the one with the same text). */
export interface StoredDocument {
  id: string;
  date: string;
}

/** Everything ingestDocument writes, ready for the builders of cypher/ingest.ts. Pure. */
export interface IngestPlan {
  entities: { label: Label; rows: { props: Record<string, unknown> }[] }[];
  mentions: { id: string; spans: string[]; documentId: string }[];
  relationships: {
    type: RelationshipType;
    rows: { id: string; from: string; to: string; spans: string[]; documentId: string; props: Record<string, unknown> }[];
  }[];
  statusChanges: { id: string; change: string; documentId: string }[];
}

type SpanInput = IngestInput['mentions'][number]['spans'][number];

/**
 * The draft as writes: new entities under the ids chosen for their refs (`ids`), every span
 * resolved to the document's words with its id and date, relationships grouped by type, and each
 * status change as one JSON object. `now` marks when (ISO 8601) the user stored them.
 */
export function planIngest(input: IngestInput, doc: StoredDocument, ids: Map<string, string>, now: string): IngestPlan {
  const text = input.document.text;
  const span = ({ start, end }: SpanInput): SourceSpan => ({ documentId: doc.id, start, end, quote: text.slice(start, end), documentDate: doc.date });
  const spans = (list: SpanInput[]) => list.map(span);
  const json = (list: SpanInput[]) => spans(list).map((s) => JSON.stringify(s));
  const idOf = (value: string) => (value.includes(':') ? value : ids.get(value)!);
  const user = (list: SpanInput[]) => ({ origin: 'USER', createdAt: now, userSources: json(list), userDocumentIds: [doc.id] });

  const byLabel = new Map<Label, { props: Record<string, unknown> }[]>();
  const add = (label: Label, props: Record<string, unknown>) => byLabel.set(label, [...(byLabel.get(label) ?? []), { props }]);
  for (const { ref, kind, spans: list, ...fields } of input.entities) {
    const label = KINDS[kind].label as Label;
    // Search keys and reading position as the loader gives seeded entities; the spans are the user's.
    add(label, { ...entityProps({ id: idOf(ref), ...fields }, label, spans(list)), sources: '[]', documentIds: [], ...user(list) });
  }
  const relationships = new Map<RelationshipType, IngestPlan['relationships'][number]['rows']>();
  const relate = (type: RelationshipType, from: string, to: string, list: SpanInput[], props: Record<string, unknown> = {}) => {
    const row = { id: edgeId(from, type, to), from, to, spans: json(list), documentId: doc.id, props: { ...props, createdAt: now } };
    relationships.set(type, [...(relationships.get(type) ?? []), row]);
  };
  for (const { ref, bureau, spans: list, concerns, targets, partners, name, year, ...fields } of input.pledges) {
    const id = idOf(ref);
    const props = entityProps({ id, name: name ?? shortName(fields.text), year: year ?? Number(doc.date.slice(0, 4)), ...fields }, 'Pledge', spans(list));
    add('Pledge', { ...props, bureauId: idOf(bureau), sources: '[]', documentIds: [], ...user(list) });
    relate('MADE', idOf(bureau), id, list);
    for (const [type, targetsOf] of [
      ['CONCERNS', concerns],
      ['TARGETS', targets],
      ['PARTNERS', partners],
    ] as const) {
      for (const to of targetsOf ?? []) relate(type, id, idOf(to), list);
    }
  }
  for (const { type, from, to, spans: list, ...props } of input.relationships) relate(type, idOf(from), idOf(to), list, props);

  return {
    entities: [...byLabel].map(([label, rows]) => ({ label, rows })),
    mentions: input.mentions.map(({ entityId, spans: list }) => ({ id: entityId, spans: json(list), documentId: doc.id })),
    relationships: [...relationships].map(([type, rows]) => ({ type, rows })),
    statusChanges: input.statusChanges.map(({ pledge, spans: list, date, ...rest }) => {
      const change: StoredStatusChange & { documentId: string; createdAt: string } = {
        ...rest,
        date: date ?? doc.date,
        sources: spans(list),
        documentId: doc.id,
        createdAt: now,
      };
      return { id: idOf(pledge), change: JSON.stringify(change), documentId: doc.id };
    }),
  };
}

/** A pledge's name when the reviewer gave none: the start of its words. */
function shortName(text: string): string {
  const chars = [...text];
  return chars.length <= 40 ? text : `${chars.slice(0, 40).join('')}…`;
}

/** Every existing entity the draft names, with the first place it does (for the error naming it). */
export function referencedIds(input: IngestInput): Map<string, string> {
  const found = new Map<string, string>();
  const note = (value: string, path: string) => {
    if (value.includes(':') && !found.has(value)) found.set(value, path);
  };
  input.mentions.forEach((m, i) => note(m.entityId, `input.mentions[${i}].entityId`));
  input.pledges.forEach((p, i) => {
    note(p.bureau, `input.pledges[${i}].bureau`);
    for (const key of ['concerns', 'targets', 'partners'] as const) p[key]?.forEach((v, j) => note(v, `input.pledges[${i}].${key}[${j}]`));
  });
  input.relationships.forEach((r, i) => {
    note(r.from, `input.relationships[${i}].from`);
    note(r.to, `input.relationships[${i}].to`);
  });
  input.statusChanges.forEach((s, i) => note(s.pledge, `input.statusChanges[${i}].pledge`));
  return found;
}

import { stringify } from 'yaml';
import { KINDS } from '../../../schema/vocabulary/kinds.js';
import type { IngestInput, SpanInput } from '../generated/graphql.js';

export interface SeedFile {
  /** The path under seeds/ (documents/… or graph/…). */
  path: string;
  content: string;
}

/**
 * A reviewed draft (the same input "Save to graph" sends) → files in the seeds' format
 * (seeds/README.md): the text verbatim, its metadata, and one graph file of everything accepted:
 * the new entities and pledges with their MADE, CONCERNS, TARGETS and PARTNERS relationships, the
 * other relationships, the mentions of entities other files define (more quotes for them) and the
 * pledges' status changes, every quote as evidence. `ids` gives the ids the server chose (after a
 * save), so a committed file names what the graph holds and the loader adopts the saved document
 * and entities rather than adding twins; without it new ids are made of the text's hash. English
 * fields the review left empty repeat the Chinese words rather than invent any.
 */
export function seedFiles(input: IngestInput, sha256: string, ids: ReadonlyMap<string, string> = new Map()): SeedFile[] {
  const { document: doc } = input;
  const short = sha256.slice(0, 16);
  const base = `${doc.date}_${short}`;
  const documentId = `document:${short}`;
  const evidence = (span: SpanInput) => {
    const quote = doc.text.slice(span.start, span.end);
    const occurrences = positions(doc.text, quote);
    return occurrences.length > 1 ? { quote, occurrence: occurrences.indexOf(span.start) + 1 } : quote;
  };
  let n = 0;
  const idOf = new Map<string, string>();
  const newId = (ref: string, prefix: string) => {
    const id = ids.get(ref) ?? `${prefix}:ingested-${short}-${++n}`;
    idOf.set(ref, id);
    return id;
  };
  const resolve = (value: string) => idOf.get(value) ?? value;
  const about = `"${doc.title}" (${doc.date})`;

  const entities: Record<string, unknown>[] = (input.entities ?? []).map((e) => ({
    id: newId(e.ref, KINDS[e.kind].prefix),
    name: e.name,
    nameEn: e.nameEn ?? e.name,
    aliases: e.aliases ?? [],
    summary: e.summary ?? `Named in ${about}.`,
    ...(e.summaryZh ? { summaryZh: e.summaryZh } : {}),
    ...(e.category ? { category: e.category } : {}),
    evidence: e.spans.map(evidence),
  }));
  const pledges = (input.pledges ?? []).map((p) => ({ p, id: newId(p.ref, KINDS.PLEDGE.prefix) }));
  for (const { p, id } of pledges) {
    entities.push({
      id,
      name: p.name ?? p.text,
      nameEn: p.nameEn ?? p.name ?? p.text,
      aliases: [],
      summary: `A pledge of ${resolve(p.bureau)} in ${about}.`,
      summaryZh: p.text,
      text: p.text,
      ...(p.metricZh ? { metric: p.metric ?? p.metricZh, metricZh: p.metricZh } : {}),
      ...(p.target !== undefined && p.target !== null ? { target: p.target } : {}),
      ...(p.unitZh ? { unit: p.unit ?? p.unitZh, unitZh: p.unitZh } : {}),
      ...(p.comparator ? { comparator: p.comparator } : {}),
      ...(p.year ? { year: p.year } : {}),
      ...(p.due ? { due: p.due } : {}),
      ...(p.confidence ? { confidence: p.confidence } : {}),
      evidence: p.spans.map(evidence),
    });
  }
  const relationships = [
    ...pledges.flatMap(({ p, id }) => [
      { type: 'MADE', from: resolve(p.bureau), to: id, evidence: p.spans.map(evidence) },
      ...(
        [
          ['CONCERNS', p.concerns],
          ['TARGETS', p.targets],
          ['PARTNERS', p.partners],
        ] as const
      ).flatMap(([type, ends]) => (ends ?? []).map((to) => ({ type, from: id, to: resolve(to), evidence: p.spans.map(evidence) }))),
    ]),
    ...(input.relationships ?? []).map((r) => ({
      type: r.type,
      from: resolve(r.from),
      to: resolve(r.to),
      evidence: r.spans.map(evidence),
      // The seeds need a note's Chinese form beside it: the reviewer's words serve as both.
      ...(r.note || r.noteZh ? { note: r.note ?? r.noteZh, noteZh: r.noteZh ?? r.note } : {}),
      ...(r.confidence ? { confidence: r.confidence } : {}),
    })),
  ];
  // One relationship per triple (the seeds refuse a second): a pledge's concerns and a
  // relationship of the draft may name the same one, whose quotes then go together.
  const byTriple = new Map<string, (typeof relationships)[number]>();
  for (const r of relationships) {
    const key = `${r.from}|${r.type}|${r.to}`;
    const had = byTriple.get(key);
    const more = had ? r.evidence.filter((e) => !had.evidence.some((h) => JSON.stringify(h) === JSON.stringify(e))) : [];
    // The draft's own relationship brings its note and confidence.
    byTriple.set(key, had ? { ...had, ...r, evidence: [...had.evidence, ...more] } : r);
  }
  const mentions = (input.mentions ?? []).map((m) => ({ id: m.entityId, evidence: m.spans.map(evidence) }));
  const statusChanges = (input.statusChanges ?? []).map((c) => ({
    pledge: resolve(c.pledge),
    status: c.status,
    ...(c.date ? { date: c.date } : {}),
    evidence: c.spans.map(evidence),
    ...(typeof c.value === 'number' ? { value: c.value } : {}),
    ...(c.unit ? { unit: c.unit } : {}),
    ...(c.note ? { note: c.note } : {}),
  }));
  const header = `# Reviewed in the ingest view from ${about}; quotes are from ${base}.txt.`;
  const graph = {
    document: documentId,
    entities,
    relationships: [...byTriple.values()],
    ...(mentions.length ? { mentions } : {}),
    ...(statusChanges.length ? { statusChanges } : {}),
  };
  const firstLine = doc.text
    .split('\n')
    .find((line) => line.trim() !== '')!
    .trim();
  const titleQuote = doc.text.includes(doc.title) ? doc.title : firstLine;
  const meta = {
    id: documentId,
    file: `${base}.txt`,
    sha256,
    name: doc.title,
    nameEn: doc.title,
    aliases: [],
    summary: `The report ${about}, added through the ingest view.`,
    title: doc.title,
    date: doc.date,
    reporters: [],
    ...(doc.source ? { source: doc.source } : {}),
    ...(doc.language ? { language: doc.language } : {}),
    evidence: [positions(doc.text, titleQuote).length > 1 ? { quote: titleQuote, occurrence: 1 } : titleQuote],
  };
  return [
    { path: `documents/${base}.txt`, content: doc.text },
    { path: `documents/${base}.yaml`, content: stringify(meta) },
    { path: `graph/ingested/${base}.yaml`, content: `${header}\n${stringify(graph)}` },
  ];
}

function positions(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

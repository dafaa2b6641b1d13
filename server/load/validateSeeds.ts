import { documentIdentity } from '../documents/documentIdentity.js';
import { nameWords } from '../search/nameWords.js';
import { normalizeForSearch, searchKeyOf } from '../search/normalizeForSearch.js';
import { pinyinForms } from '../search/pinyinForms.js';
import { edgeId, kindOfLabel, labelOf, RELATIONSHIPS, type Label } from './model.js';
import { describePath, type ParsedFile, type Path } from './parseSeedFile.js';
import type { SeedGraph, SourceSpan, PropertyValue } from './SeedGraph.js';
import type { SeedProblem } from './SeedError.js';
import { resolveQuote } from './resolveQuote.js';
import { chineseFormProblems } from './chineseFormProblems.js';
import type { DocumentSeed, EntitySeed, Evidence, MentionSeed, RelationshipSeed, StatusChangeSeed, WalkthroughSeed } from './seedSchema.js';
import { addMentions } from './addMentions.js';
import { seedStatusChanges } from './seedStatusChanges.js';
import { spanProps } from './spanProps.js';

export interface DocumentInput {
  parsed: ParsedFile<DocumentSeed>;
  /** The document's text, or undefined when its file could not be read. */
  text: string | undefined;
}

export interface GraphFile {
  /** The document its quotes are from unless a quote says otherwise (document: …). */
  document?: string;
  entities?: EntitySeed[];
  relationships?: RelationshipSeed[];
  mentions?: MentionSeed[];
  statusChanges?: StatusChangeSeed[];
}

const PLEDGE_ONLY = [
  'text',
  'metric',
  'target',
  'unit',
  'comparator',
  'year',
  'due',
  'attributionNote',
  'attributionNoteZh',
  'metricZh',
  'unitZh',
  'confidence',
] as const;

/**
 * Cross-file validation and assembly. Pure: parsed files in, the graph or every problem out —
 * never a partial graph, so the writer never sees invalid data.
 */
export function validateSeeds(
  documents: DocumentInput[],
  graphFiles: ParsedFile<GraphFile>[],
  walkthroughFiles: ParsedFile<WalkthroughSeed>[] = [],
): { graph?: SeedGraph; problems: SeedProblem[] } {
  const problems: SeedProblem[] = [documents.map((d) => d.parsed), graphFiles, walkthroughFiles].flat().flatMap((f) => f.problems);
  // A file that is not YAML defines nothing, so ids elsewhere that point into it look unknown:
  // its syntax error is reported first and alone, without those knock-on problems.
  const syntax = problems.filter((p) => p.syntax);
  if (syntax.length > 0) return { problems: syntax };
  const at = (file: ParsedFile<unknown>, path: Path, message: string) =>
    problems.push({ file: file.file, line: file.lineOf(path), message: `${describePath(path)}${message}` });

  const texts = new Map<string, string>();
  // Each span carries its document's date: sources are listed newest first, and a pledge's
  // history starts on it (server/documents/).
  const dates = new Map<string, string>();
  const shas = new Map<string, string>();
  const nodes: SeedGraph['nodes'] = [];
  const defined = new Map<string, { file: string; line: number; label: Label }>();

  const define = (file: ParsedFile<unknown>, path: Path, id: string): Label | undefined => {
    const label = labelOf(id);
    const previous = defined.get(id);
    if (!label) at(file, [...path, 'id'], `unknown kind "${id.split(':')[0]}" in id "${id}"`);
    else if (previous) at(file, [...path, 'id'], `duplicate id "${id}" (first defined at ${previous.file}:${previous.line})`);
    else defined.set(id, { file: file.file, line: file.lineOf(path), label });
    return label && !previous ? label : undefined;
  };

  /**
   * A quote's document: the one it names, else the file's (`fallback`), else the only document
   * whose text holds it; one held by several must say which.
   */
  const documentOf = (quote: string, named: string | undefined, fallback: string | undefined): string | { problem: string } => {
    if (named ?? fallback) return (named ?? fallback)!;
    if (texts.size === 1) return [...texts.keys()][0]!;
    const holding = [...texts]
      .filter(([, text]) => text.includes(quote))
      .map(([id]) => id)
      .sort();
    if (holding.length === 1) return holding[0]!;
    return { problem: holding.length ? `is in several documents (${holding.join(', ')}): say which (document: …)` : 'is in no document' };
  };

  const cite = (file: ParsedFile<unknown>, path: Path, evidence: Evidence[], fallback?: string): SourceSpan[] => {
    const spans: SourceSpan[] = [];
    evidence.forEach((item, i) => {
      const { quote, occurrence, document } = typeof item === 'string' ? { quote: item, occurrence: undefined, document: undefined } : item;
      const chosen = documentOf(quote, document, fallback);
      if (typeof chosen !== 'string') return at(file, [...path, i], `quote "${quote}" ${chosen.problem}`);
      const documentId = chosen;
      const text = texts.get(documentId);
      if (text === undefined) return at(file, [...path, i], `unknown document "${documentId}"`);
      const found = resolveQuote(text, quote, occurrence);
      if (found.ok) spans.push({ documentId, start: found.start, end: found.end, quote, documentDate: dates.get(documentId) });
      else at(file, [...path, i], found.message);
    });
    return spans;
  };

  for (const { parsed, text } of documents) {
    const doc = parsed.data;
    if (!doc) continue;
    if (text === undefined) {
      at(parsed, ['file'], `document file "${doc.file}" cannot be read`);
      continue;
    }
    const sha = documentIdentity(text).sha256;
    if (sha !== doc.sha256) at(parsed, ['sha256'], `the text of ${doc.file} has changed (sha256 ${sha}); documents are kept verbatim`);
    // The same text is the same document (Neo4j holds sha256 unique too).
    const twin = shas.get(sha);
    if (twin) at(parsed, ['file'], `${doc.file} has the same text as ${twin}: the same text is one document`);
    shas.set(sha, parsed.file);
    if (define(parsed, [], doc.id) !== 'Document') continue;
    texts.set(doc.id, text);
    dates.set(doc.id, doc.date);
  }
  for (const { parsed, text } of documents) {
    const doc = parsed.data;
    if (!doc || text === undefined || !texts.has(doc.id)) continue;
    for (const p of chineseFormProblems(doc, [])) at(parsed, p.path, p.message);
    const { evidence, file: _file, ...fields } = doc;
    nodes.push({
      id: doc.id,
      label: 'Document',
      props: entityProps({ ...fields, language: fields.language ?? 'zh', text }, 'Document', cite(parsed, ['evidence'], evidence, doc.id)),
    });
  }

  for (const file of graphFiles) {
    file.data?.entities?.forEach((entity, i) => {
      const path = ['entities', i];
      const label = define(file, path, entity.id);
      if (!label) return;
      if (label === 'Document') return at(file, [...path, 'id'], 'documents are described in seeds/documents/, not in graph files');
      if (label === 'Pledge') {
        if (!entity.text) return at(file, path, 'missing required field "text" (the commitment in the source\'s words)');
        const occurs = [...texts.values()].some((t) => t.includes(entity.text!));
        if (!occurs) at(file, [...path, 'text'], `text not found in the document: "${entity.text}"`);
      } else {
        for (const field of PLEDGE_ONLY) if (entity[field] !== undefined) at(file, [...path, field], `field "${field}" is only for pledges`);
      }
      for (const p of chineseFormProblems(entity, path)) at(file, p.path, p.message);
      const { evidence, ...fields } = entity;
      nodes.push({ id: entity.id, label, props: entityProps(fields, label, cite(file, [...path, 'evidence'], evidence, file.data?.document)) });
    });
  }

  const edges: SeedGraph['edges'] = [];
  const edgeSeen = new Map<string, string>();
  const madeCount = new Map<string, number>();
  const bureauOf = new Map<string, string>();
  for (const file of graphFiles) {
    file.data?.relationships?.forEach((rel, i) => {
      const path = ['relationships', i];
      const type = rel.type;
      const from = defined.get(rel.from);
      const to = defined.get(rel.to);
      if (!from) at(file, [...path, 'from'], `unknown id "${rel.from}"`);
      if (!to) at(file, [...path, 'to'], `unknown id "${rel.to}"`);
      if (!from || !to) return;
      const spec = RELATIONSHIPS[type];
      if (!(spec.from as readonly Label[]).includes(from.label) || !(spec.to as readonly Label[]).includes(to.label)) {
        return at(file, path, `${type} joins ${spec.from.join('|')} → ${spec.to.join('|')}, not ${from.label} → ${to.label}`);
      }
      const id = edgeId(rel.from, type, rel.to);
      const previous = edgeSeen.get(id);
      if (previous) return at(file, path, `duplicate relationship ${rel.from} -${type}-> ${rel.to} (first at ${previous}); add evidence to one instead`);
      edgeSeen.set(id, `${file.file}:${file.lineOf(path)}`);
      if (type === 'MADE') {
        madeCount.set(rel.to, (madeCount.get(rel.to) ?? 0) + 1);
        bureauOf.set(rel.to, rel.from);
      }
      for (const p of chineseFormProblems(rel, path)) at(file, p.path, p.message);
      const { evidence, type: _t, from: _f, to: _to, ...rest } = rel;
      edges.push({
        id,
        type,
        from: rel.from,
        to: rel.to,
        props: compact({ id, ...rest, ...spanProps(cite(file, [...path, 'evidence'], evidence, file.data?.document)) }),
      });
    });
  }

  // What later reports add to entities any file defines: more quotes, and pledges' status changes.
  const byId = new Map(nodes.map((node) => [node.id, node]));
  for (const file of graphFiles) {
    const where = {
      at: (path: Path, message: string) => at(file, path, message),
      cite: (path: Path, evidence: Evidence[]) => cite(file, path, evidence, file.data?.document),
    };
    addMentions(file.data?.mentions ?? [], byId, where);
    seedStatusChanges(file.data?.statusChanges ?? [], byId, where);
  }

  // Each pledge carries its bureau's id, so any answer holding a pledge can name its bureau.
  for (const node of nodes) {
    const bureau = bureauOf.get(node.id);
    if (node.label === 'Pledge' && bureau) node.props.bureauId = bureau;
  }

  const walkthroughs: SeedGraph['walkthroughs'] = [];
  const walkthroughIds = new Map<string, string>();
  walkthroughFiles.forEach((file, position) => {
    const walkthrough = file.data;
    if (!walkthrough) return;
    const previous = walkthroughIds.get(walkthrough.id);
    if (previous) return at(file, ['id'], `duplicate id "${walkthrough.id}" (first defined in ${previous})`);
    walkthroughIds.set(walkthrough.id, file.file);
    walkthrough.steps.forEach((step, i) =>
      step.focus.forEach((id, j) => {
        if (!defined.has(id)) at(file, ['steps', i, 'focus', j], `unknown id "${id}"`);
      }),
    );
    const { steps, ...fields } = walkthrough;
    // origin: the loader owns only what it marked SEED; what users saved (USER) it never touches.
    walkthroughs.push({ id: walkthrough.id, props: compact({ ...fields, origin: 'SEED', position, steps: JSON.stringify(steps) }) });
  });

  for (const [id, where] of defined) {
    if (where.label !== 'Pledge') continue;
    const count = madeCount.get(id) ?? 0;
    if (count !== 1)
      problems.push({ file: where.file, line: where.line, message: `pledge "${id}" needs exactly one MADE relationship from its bureau, has ${count}` });
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return problems.length > 0 ? { problems } : { graph: { nodes, edges, walkthroughs }, problems };
}

/** An entity's stored properties: its fields and the keys search ranks it by (also for ingested ones). */
export function entityProps(fields: Record<string, unknown>, label: Label, spans: SourceSpan[]): Record<string, PropertyValue> {
  const aliases = (fields.aliases as string[] | undefined) ?? [];
  // An ingested entity may have no English name yet: '' keeps the English name's place (searchNames[1]).
  const names = [fields.name as string, (fields.nameEn as string | undefined) ?? '', ...aliases];
  return compact({
    ...fields,
    kind: kindOfLabel(label),
    // One string for the full-text indexes, which index string properties.
    aliasesText: aliases.join(' ; '),
    // Substring search (text index) and its ranking: name first, then English name, then aliases.
    searchNames: names.map(normalizeForSearch),
    searchKey: searchKeyOf(names),
    // Whole-word ranking of English names, and pinyin search of Chinese ones (search/*).
    ...nameWords(names),
    ...pinyinForms(names),
    // Where the entity is first cited (a pledge: where its own words are): lists follow the article.
    position: readingPosition(spans, label === 'Pledge' ? (fields.text as string) : undefined),
    // Neo4j properties hold no list of maps: the spans are stored as JSON.
    ...spanProps(spans),
  });
}

/**
 * Where a pledge sits in reading order: at the quote that holds its whole text, else at a
 * fragment of it (a sentence split by a column break), else at its first quote. A short quote
 * that merely repeats part of the text elsewhere (a column heading) must not move it up.
 */
function readingPosition(spans: SourceSpan[], text: string | undefined): number | undefined {
  const whole = text ? spans.filter((span) => span.quote.includes(text)) : [];
  const fragments = text ? spans.filter((span) => text.includes(span.quote)) : [];
  const chosen = [whole, fragments, spans].find((list) => list.length > 0) ?? [];
  return chosen.length > 0 ? Math.min(...chosen.map((span) => span.start)) : undefined;
}

function compact(record: Record<string, unknown>): Record<string, PropertyValue> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined && v !== null)) as Record<string, PropertyValue>;
}

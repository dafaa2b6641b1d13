import type { Path } from './parseSeedFile.js';
import type { SeedGraph, SourceSpan } from './SeedGraph.js';
import type { Evidence, MentionSeed } from './seedSchema.js';
import { spanKey } from '../documents/mergeSources.js';
import { addDocumentIds, spanProps } from './spanProps.js';

type SeedNode = SeedGraph['nodes'][number];

/** Where a graph file's later-report items are checked and cited (validateSeeds' helpers for that file). */
export interface FileScope {
  at(path: Path, message: string): void;
  cite(path: Path, evidence: Evidence[]): SourceSpan[];
}

/**
 * A graph file's `mentions`: quotes of a later report added to entities any file defines (the
 * seeds' form of what the ingest view stores as a mention). Each span once per entity.
 */
export function addMentions(mentions: MentionSeed[], byId: ReadonlyMap<string, SeedNode>, file: FileScope): void {
  mentions.forEach((mention, i) => {
    const path = ['mentions', i];
    const node = byId.get(mention.id);
    if (!node) return file.at([...path, 'id'], `unknown id "${mention.id}"`);
    if (node.label === 'Document') return file.at([...path, 'id'], 'a document is cited, not mentioned');
    addSpans(node, file.cite([...path, 'evidence'], mention.evidence));
  });
}

/** Adds spans to a node's sources, each once, and their documents to those it cites. */
function addSpans(node: SeedNode, spans: SourceSpan[]): void {
  const all = JSON.parse(String(node.props.sources ?? '[]')) as SourceSpan[];
  const seen = new Set(all.map(spanKey));
  for (const span of spans) {
    if (seen.has(spanKey(span))) continue;
    seen.add(spanKey(span));
    all.push(span);
  }
  const { sources, documentIds } = spanProps(all);
  node.props.sources = sources;
  addDocumentIds(node.props, documentIds);
}

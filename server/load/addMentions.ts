import type { Path } from './parseSeedFile.js';
import type { SeedGraph, SourceSpan } from './SeedGraph.js';
import type { Evidence, MentionSeed } from './seedSchema.js';
import { spanProps } from './spanProps.js';

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
  const key = (span: SourceSpan) => `${span.documentId}|${span.start}|${span.end}`;
  const seen = new Set(all.map(key));
  for (const span of spans) {
    if (seen.has(key(span))) continue;
    seen.add(key(span));
    all.push(span);
  }
  const cited = (node.props.documentIds as string[] | undefined) ?? [];
  const { sources, documentIds } = spanProps(all);
  Object.assign(node.props, { sources, documentIds: [...new Set([...cited, ...documentIds])] });
}

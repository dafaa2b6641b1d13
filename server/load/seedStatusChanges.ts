import { pledgedOn, statusHistory, type StoredStatusChange } from '../documents/statusHistory.js';
import { addDocumentIds } from './spanProps.js';
import type { FileScope } from './addMentions.js';
import type { SeedGraph, SourceSpan } from './SeedGraph.js';
import type { StatusChangeSeed } from './seedSchema.js';

type SeedNode = SeedGraph['nodes'][number];

/**
 * A graph file's `statusChanges` → each pledge's `seedStatusHistory` (one JSON change per item, as
 * the ingest stores a reviewed one in `statusHistory`, which stays the user's). The pledge is
 * then cited by the change's document too, so a document filter finds it.
 */
export function seedStatusChanges(changes: StatusChangeSeed[], byId: ReadonlyMap<string, SeedNode>, file: FileScope): void {
  changes.forEach((change, i) => {
    const path = ['statusChanges', i];
    const pledge = byId.get(change.pledge);
    if (!pledge) return file.at([...path, 'pledge'], `unknown id "${change.pledge}"`);
    if (pledge.label !== 'Pledge') return file.at([...path, 'pledge'], `must name a pledge, not a ${pledge.label}`);
    const spans = file.cite([...path, 'evidence'], change.evidence);
    if (spans.length === 0) return;
    const date = change.date ?? spans[0]!.documentDate;
    if (!date) return file.at([...path, 'date'], "is needed: the quotes' document has no date");
    const made = pledgedOn(statusHistory({ sources: JSON.parse(String(pledge.props.sources ?? '[]')) as SourceSpan[], text: pledge.props.text }));
    if (made && date < made) return file.at([...path, 'date'], `is before ${made}, the date of the document that makes the pledge`);
    const { evidence: _evidence, pledge: _pledge, ...rest } = change;
    const stored: StoredStatusChange & { documentId: string } = { ...rest, date, sources: spans, documentId: spans[0]!.documentId };
    pledge.props.seedStatusHistory = [...((pledge.props.seedStatusHistory as string[] | undefined) ?? []), JSON.stringify(stored)];
    addDocumentIds(
      pledge.props,
      spans.map((span) => span.documentId),
    );
  });
}

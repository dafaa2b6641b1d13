import type { DocumentEntryRecord } from '../api/records.js';

/**
 * The document the reading view opens on: the article, i.e. the oldest of the seeds' documents
 * (the list is newest first), however many reports were ingested since; else the oldest of all.
 */
export function defaultDocument(documents: readonly Pick<DocumentEntryRecord, 'id' | 'origin'>[]): string | null {
  return documents.filter((d) => d.origin === 'SEED').at(-1)?.id ?? documents.at(-1)?.id ?? null;
}

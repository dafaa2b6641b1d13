import { isoDate } from '../documents/isoDate.js';
import { BadUserInputError, NotFoundError } from '../errors.js';
import type { DocumentScope } from '../cypher/fragments.js';
import { nonBlank } from './parseArgs.js';

/** The optional arguments that limit a read to one document or a date range (YYYY-MM-DD, inclusive). */
export const scopeArgs = {
  documentId: nonBlank.nullish(),
  from: isoDate.nullish(),
  to: isoDate.nullish(),
};

/** An as-of date: pledges' statuses on that day. */
export const asOfArg = isoDate.nullish();

/** The scope of parsed arguments; from after to is BAD_USER_INPUT naming `to`. */
export function scopeOf({ documentId, from, to }: { documentId?: string | null; from?: string | null; to?: string | null }): DocumentScope {
  if (from && to && from > to) throw new BadUserInputError('to', `must not be before from (${from}), got ${to}`);
  return { documentId: documentId ?? null, from: from ?? null, to: to ?? null };
}

/** A documentId naming no document is NOT_FOUND, as an unknown id is everywhere else. */
export function checkDocumentFound(scope: DocumentScope, found: unknown): void {
  if (scope.documentId && found === false) throw new NotFoundError('document', scope.documentId);
}

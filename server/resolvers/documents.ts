import { documentsQuery } from '../cypher/documents.js';
import { changeKey, type StoredStatusChange } from '../documents/statusHistory.js';
import type { DocumentEntry, QueryResolvers } from '../generated/graphql.js';

type Row = Omit<DocumentEntry, 'statusChanges'> & { statusChanges: { pledge: string; change: string }[][] };

export const documents: QueryResolvers['documents'] = async (_parent, _args, { executor }) => {
  const [record] = await executor.read(documentsQuery());
  return ((record?.get('documents') ?? []) as Row[]).map((row) => ({
    ...row,
    // A change committed to the seeds after it was reviewed in the app is stored twice: one change.
    statusChanges: new Set(row.statusChanges.flat().map(({ pledge, change }) => `${pledge}|${changeKey(JSON.parse(change) as StoredStatusChange)}`)).size,
  }));
};

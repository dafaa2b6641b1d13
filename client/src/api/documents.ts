import { DocumentsDocument } from '../generated/operations.js';
import type { GraphqlRequest } from './graphqlRequest.js';
import type { DocumentEntryRecord } from './records.js';

/** Every stored document, newest first (the API's order), without its text. */
export async function fetchDocuments(request: GraphqlRequest): Promise<DocumentEntryRecord[]> {
  return (await request(DocumentsDocument)).documents;
}

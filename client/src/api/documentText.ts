import { DocumentDocument } from '../generated/operations.js';
import type { GraphqlRequest } from './graphqlRequest.js';
import type { DocumentRecord } from './records.js';

/** The full text of a source document, for the reading view; null when there is none. */
export async function fetchDocument(request: GraphqlRequest, id: string): Promise<DocumentRecord | null> {
  return (await request(DocumentDocument, { id })).document;
}

import type { DraftInput, IngestInput } from '../generated/graphql.js';
import { DraftDocumentDocument, IngestDocumentDocument, type DraftDocumentQuery, type IngestDocumentMutation } from '../generated/operations.js';
import type { GraphqlRequest } from './graphqlRequest.js';

export type Draft = DraftDocumentQuery['draftDocument'];
export type IngestResult = IngestDocumentMutation['ingestDocument'];

/** The server's draft of a text or file (the editor's request: it carries the token). */
export async function fetchDraft(request: GraphqlRequest, input: DraftInput): Promise<Draft> {
  return (await request(DraftDocumentDocument, { input })).draftDocument;
}

/** Stores a reviewed draft in one transaction. */
export async function ingestDocument(request: GraphqlRequest, input: IngestInput): Promise<IngestResult> {
  return (await request(IngestDocumentDocument, { input })).ingestDocument;
}

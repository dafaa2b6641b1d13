import type { Document, QueryDocumentArgs } from '../generated/graphql.js';
import { graphqlRequest } from './graphqlRequest.js';

const DOCUMENT = /* GraphQL */ `
  query Document($id: ID!) {
    document(id: $id) { id title subtitle date place text }
  }
`;

export type DocumentRecord = Pick<Document, 'id' | 'title' | 'subtitle' | 'date' | 'place' | 'text'>;

/** The full text of a source document, for the reading view; null when there is none. */
export async function fetchDocument(id: string): Promise<DocumentRecord | null> {
  const variables: QueryDocumentArgs = { id };
  return (await graphqlRequest<{ document: DocumentRecord | null }>(DOCUMENT, { ...variables })).document;
}

import type { Citation as ApiCitation } from '../generated/graphql.js';
import type { Citation } from '../reading/segmentText.js';
import { graphqlRequest } from './graphqlRequest.js';

const FIRST_DOCUMENT = /* GraphQL */ `
  query FirstDocument {
    entities(kinds: [DOCUMENT], limit: 1) { id }
  }
`;

const CITATIONS = /* GraphQL */ `
  query Citations($documentId: ID!) {
    citations(documentId: $documentId) { span { start end } entityId edgeId }
  }
`;

/** The id of the source document shown in the reading view; null when the graph has none. */
export async function fetchFirstDocumentId(): Promise<string | null> {
  return (await graphqlRequest<{ entities: { id: string }[] }>(FIRST_DOCUMENT)).entities[0]?.id ?? null;
}

/** Every span of the document that the graph cites, with the node or relationship citing it. */
export async function fetchCitations(documentId: string): Promise<Citation[]> {
  type Row = Pick<ApiCitation, 'entityId' | 'edgeId'> & { span: { start: number; end: number } };
  const { citations } = await graphqlRequest<{ citations: Row[] }>(CITATIONS, { documentId });
  return citations.map(({ span, entityId, edgeId }) => ({ start: span.start, end: span.end, ref: (entityId ?? edgeId)! }));
}

import { CitationsDocument, FirstDocumentDocument } from '../generated/operations.js';
import type { Citation } from '../reading/segmentText.js';
import type { GraphqlRequest } from './graphqlRequest.js';

/** The id of the source document shown in the reading view; null when the graph has none. */
export async function fetchFirstDocumentId(request: GraphqlRequest): Promise<string | null> {
  return (await request(FirstDocumentDocument)).entities[0]?.id ?? null;
}

/** Every span of the document that the graph cites, with the node or relationship citing it. */
export async function fetchCitations(request: GraphqlRequest, documentId: string): Promise<Citation[]> {
  const { citations } = await request(CitationsDocument, { documentId });
  return citations.map(({ span, entityId, edgeId }) => ({ start: span.start, end: span.end, ref: (entityId ?? edgeId)! }));
}

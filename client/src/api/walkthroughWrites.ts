import type { WalkthroughInput } from '../generated/graphql.js';
import { DeleteWalkthroughDocument, ImportWalkthroughDocument, SaveWalkthroughDocument } from '../generated/operations.js';
import type { GraphqlRequest } from './graphqlRequest.js';
import type { WalkthroughRecord } from './records.js';

// The editor's writes; the request they are bound to carries the editor token.

/** Creates (no id) or replaces (the id of a user walkthrough) a walkthrough; returns it as saved. */
export async function saveWalkthrough(request: GraphqlRequest, input: WalkthroughInput): Promise<WalkthroughRecord> {
  return (await request(SaveWalkthroughDocument, { input })).saveWalkthrough;
}

/** False when there was none with that id. */
export async function deleteWalkthrough(request: GraphqlRequest, id: string): Promise<boolean> {
  return (await request(DeleteWalkthroughDocument, { id })).deleteWalkthrough;
}

/** A walkthrough from a YAML file in the seeds' format, saved as the user's. */
export async function importWalkthrough(request: GraphqlRequest, yaml: string): Promise<WalkthroughRecord> {
  return (await request(ImportWalkthroughDocument, { yaml })).importWalkthrough;
}

import { createHash } from 'node:crypto';

/**
 * A document is its text: the sha256 of the UTF-8 text (unique in Neo4j, checked against the
 * seeds' metadata) and, for a document that did not come from seeds/, an id made of it — so the
 * draft the command line prints names the id the ingest will store.
 */
export function documentIdentity(text: string): { sha256: string; id: string } {
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  return { sha256, id: `document:${sha256.slice(0, 16)}` };
}

/** Projections shared by builders, so every answer has the same shape for nodes and edges. */

/** A relationship `r` as an EdgeRow (db/records.ts). */
export const edgeProjection = (r: string) => `{ type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id, props: properties(${r}) }`;

/**
 * What the loader stores only for search to compare (server/search/, validateSeeds' entityProps):
 * never part of an answer, and over half of a pledge's stored bytes in the article (long names
 * give long pinyin).
 */
const SEARCH_ONLY = ['aliasesText', 'searchNames', 'searchKey', 'nameWords', 'nameHeads', 'pinyin', 'pinyinInitials', 'pinyinKey'];

/** A map projection cannot drop a key: what is left out comes back null. */
const projection = (n: string, leftOut: string[]) =>
  `${n} { .*, text: CASE WHEN ${n}:Document THEN null ELSE ${n}.text END, ${leftOut.map((key) => `${key}: null`).join(', ')} }`;

/** Node properties without the heavy ones answers never need: the document's full text, and the search-only properties. */
export const nodeProjection = (n: string) => projection(n, SEARCH_ONLY);

/** Property names go into the Cypher text: only plain identifiers, and never a search-only one. */
const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * Only the stored properties named (resolvers/storedProps.ts reads them off the request). `.*`
 * reads every property, the long search-only ones too: at size M a hub bureau's 10k pledges took
 * 0.9 s with `.*` and 0.08 s with three properties (bench/SCALING.md).
 */
export const pickedProjection = (n: string, props: readonly string[]) => {
  const wrong = props.find((key) => !PROPERTY_NAME.test(key) || SEARCH_ONLY.includes(key));
  if (wrong !== undefined) throw new Error(`not a property an answer reads: ${JSON.stringify(wrong)}`);
  const fields = props.map((key) => (key === 'text' ? `text: CASE WHEN ${n}:Document THEN null ELSE ${n}.text END` : `.${key}`));
  return `${n} { ${fields.join(', ')} }`;
};

/** nodeProjection, or pickedProjection of `props` where a resolver names them. */
export const projectionOf = (props?: readonly string[]) => (n: string) => (props ? pickedProjection(n, props) : nodeProjection(n));

/** One page of a list: at most `limit` (all without one), after the item whose id is `after` (a keyset). */
export interface Page {
  limit?: number | null;
  after?: string | null;
}

/** A list's LIMIT, when it has one (null: all, as the CSV exports read). */
export const limitClause = (limit: number | null, indent = '') => (limit === null ? '' : `\n${indent}LIMIT $limit`);

/** The `limit` parameter, only when there is one. */
export const limitParam = (limit: number | null) => (limit === null ? {} : { limit });

/** Tells an `after` that names nothing (no `cursor` matched by its id) from a last page. */
export const afterFound = '$after IS NULL OR cursor IS NOT NULL AS afterFound';

/** Which documents a read is limited to (search, neighbourhood): one by id, and/or a range of dates (inclusive). */
export interface DocumentScope {
  documentId: string | null;
  from: string | null;
  to: string | null;
}

export const NO_SCOPE: DocumentScope = { documentId: null, from: null, to: null };

export const isScoped = ({ documentId, from, to }: DocumentScope) => documentId !== null || from !== null || to !== null;

/**
 * Whether node or relationship `x` cites a document in the scope ($documentId, $from, $to): the
 * seeds' documents (documentIds) or those of reviewed documents (userDocumentIds). A date range
 * looks each cited document up by id (the entity_id index); few are cited by any one entity.
 */
export const inScope = (x: string) =>
  `any(docId IN coalesce(${x}.documentIds, []) + coalesce(${x}.userDocumentIds, []) WHERE ($documentId IS NULL OR docId = $documentId)
    AND ($from IS NULL AND $to IS NULL OR EXISTS { MATCH (d:Entity {id: docId}) WHERE d:Document AND ($from IS NULL OR d.date >= $from) AND ($to IS NULL OR d.date <= $to) }))`;

/** True unless $documentId names no document: the caller tells "no such document" from "nothing cites it". */
export const documentFound = '($documentId IS NULL OR EXISTS { MATCH (d:Entity {id: $documentId}) WHERE d:Document })';

/** Projections shared by builders, so every answer has the same shape for nodes and edges. */

/** A relationship `r` as an EdgeRow (db/records.ts). */
export const edgeProjection = (r: string) => `{ type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id, props: properties(${r}) }`;

/** Node properties without the heavy ones the lists never need (the document's full text). */
export const nodeProjection = (n: string) => `${n} { .*, text: CASE WHEN ${n}:Document THEN null ELSE ${n}.text END }`;

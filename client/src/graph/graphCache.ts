import type { EdgeRecord, EntityRecord, SubgraphRecord } from '../api/records.js';

/**
 * Everything the client has learnt from the API, independent of what is on screen. Plain data:
 * merging returns a new cache.
 */
export interface GraphCache {
  nodes: ReadonlyMap<string, EntityRecord>;
  edges: ReadonlyMap<string, EdgeRecord>;
  /** Nodes whose every relationship is known (their neighbourhood came back uncut). */
  complete: ReadonlySet<string>;
}

export function emptyCache(): GraphCache {
  return { nodes: new Map(), edges: new Map(), complete: new Set() };
}

/**
 * Adds a result. `completeFor` names the ids the query was centred on: if the result was not
 * truncated, their adjacency is now complete.
 */
export function mergeSubgraph(cache: GraphCache, subgraph: SubgraphRecord, completeFor: Iterable<string> = []): GraphCache {
  const nodes = new Map(cache.nodes);
  for (const node of subgraph.nodes) nodes.set(node.id, { ...nodes.get(node.id), ...node });
  const edges = new Map(cache.edges);
  for (const edge of subgraph.edges) edges.set(edge.id, edge);
  const complete = new Set(cache.complete);
  if (!subgraph.truncated) for (const id of completeFor) if (nodes.has(id)) complete.add(id);
  return { nodes, edges, complete };
}

export function mergeEntities(cache: GraphCache, entities: Iterable<EntityRecord>): GraphCache {
  return mergeSubgraph(cache, { nodes: [...entities], edges: [], truncated: false });
}

export interface Incident {
  edge: EdgeRecord;
  /** The node at the other end. */
  other: string;
  /** True when the edge points away from the node asked about. */
  outgoing: boolean;
}

/** Known relationships of one node, in both directions. */
export function incidentEdges(cache: GraphCache, id: string): Incident[] {
  const out: Incident[] = [];
  for (const edge of cache.edges.values()) {
    if (edge.source === id) out.push({ edge, other: edge.target, outgoing: true });
    else if (edge.target === id) out.push({ edge, other: edge.source, outgoing: false });
  }
  return out;
}

export function neighbourIds(cache: GraphCache, id: string): string[] {
  return [...new Set(incidentEdges(cache, id).map((i) => i.other))];
}

/** Edges whose two ends are both among `ids`. */
export function edgesAmong(cache: GraphCache, ids: Iterable<string>): EdgeRecord[] {
  const on = new Set(ids);
  return [...cache.edges.values()].filter((edge) => on.has(edge.source) && on.has(edge.target));
}

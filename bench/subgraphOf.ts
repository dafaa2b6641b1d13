import type { SeedGraph } from '../server/load/SeedGraph.js';

/** What the canvas page takes (bench/client/canvasBench.ts). */
export interface Subgraph {
  nodes: { id: string; kind: string; name: string; nameEn: string; x: number; y: number }[];
  edges: { id: string; source: string; target: string; type: string }[];
}

/**
 * `n` nodes reached breadth-first from the first bureau (a hub), as expanding from it would,
 * with every relationship among them, and positions on a grid for preset layouts. Pure.
 */
export function subgraphOf(graph: SeedGraph, n: number): Subgraph {
  const neighbours = new Map<string, string[]>();
  for (const edge of graph.edges) {
    for (const [a, b] of [
      [edge.from, edge.to],
      [edge.to, edge.from],
    ] as const) {
      const list = neighbours.get(a);
      if (list) list.push(b);
      else neighbours.set(a, [b]);
    }
  }
  const kept = new Set<string>([graph.nodes[0]!.id]);
  const queue = [graph.nodes[0]!.id];
  for (let i = 0; i < queue.length && kept.size < n; i++) {
    for (const next of neighbours.get(queue[i]!) ?? []) {
      if (kept.size >= n) break;
      if (kept.has(next)) continue;
      kept.add(next);
      queue.push(next);
    }
  }
  // Islands left over when the walk runs dry: still n nodes, as a big search result would be.
  for (const node of graph.nodes) if (kept.size < n) kept.add(node.id);
  const side = Math.ceil(Math.sqrt(n));
  const nodes = graph.nodes
    .filter((node) => kept.has(node.id))
    .map((node, i) => ({
      id: node.id,
      kind: String(node.props.kind),
      name: String(node.props.name),
      nameEn: String(node.props.nameEn),
      x: (i % side) * 60,
      y: Math.floor(i / side) * 60,
    }));
  const edges = graph.edges.filter((e) => kept.has(e.from) && kept.has(e.to)).map((e) => ({ id: e.id, source: e.from, target: e.to, type: e.type }));
  return { nodes, edges };
}

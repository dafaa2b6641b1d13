import type { SeedGraph } from './SeedGraph.js';

/** What Neo4j holds of the seed graph: the seeds' hash it was loaded from, and every key. */
export interface StoredGraph {
  hash: string | null;
  /** `id|LABEL` of every entity, `id` of every relationship and seeded walkthrough (users' ones are not the seeds' business). */
  nodes: string[];
  edges: string[];
  walkthroughs: string[];
}

/**
 * Why the stored graph is not the seed graph, or null when it is: the seeds' hash must match AND
 * every entity (with its kind), relationship and walkthrough must be there, nothing more. A
 * hash alone would miss nodes deleted behind the app's back.
 */
export function storedGraphDiff(stored: StoredGraph, graph: SeedGraph, hash: string): string | null {
  if (stored.hash === null) return 'nothing was loaded yet';
  if (stored.hash !== hash) return 'the seed files (or what the loader derives from them) changed since the last load';
  const parts = [
    compare(
      'entities',
      stored.nodes,
      graph.nodes.map((n) => `${n.id}|${n.label}`),
    ),
    compare(
      'relationships',
      stored.edges,
      graph.edges.map((e) => e.id),
    ),
    compare(
      'walkthroughs',
      stored.walkthroughs,
      graph.walkthroughs.map((w) => w.id),
    ),
  ].filter((part): part is string => part !== null);
  return parts.length ? `the stored graph differs from the seeds: ${parts.join('; ')}` : null;
}

function compare(what: string, stored: string[], seeds: string[]): string | null {
  const have = new Set(stored);
  const want = new Set(seeds);
  const missing = seeds.filter((key) => !have.has(key)).length;
  const extra = stored.filter((key) => !want.has(key)).length;
  if (!missing && !extra) return null;
  return `${what}: ${missing} of ${want.size} missing${extra ? `, ${extra} not in the seeds` : ''}`;
}

import type { EdgeRecord, EntityRecord } from '../api/records.js';
import { edgesAmong, type GraphCache } from './graphCache.js';

export interface VisibleSubgraph {
  nodes: EntityRecord[];
  edges: EdgeRecord[];
}

/**
 * What is on the canvas, as data: nodes in view (minus hidden kinds) and the relationships among
 * them (minus hidden types). The JSON export and the canvas both come from this.
 */
export function visibleSubgraph(
  cache: GraphCache,
  visible: readonly string[],
  hiddenKinds: readonly string[] = [],
  hiddenRelations: readonly string[] = [],
): VisibleSubgraph {
  const nodes = visible.map((id) => cache.nodes.get(id)).filter((n): n is EntityRecord => !!n && !hiddenKinds.includes(n.kind));
  const edges = edgesAmong(
    cache,
    nodes.map((n) => n.id),
  ).filter((e) => !hiddenRelations.includes(e.type));
  return { nodes, edges };
}

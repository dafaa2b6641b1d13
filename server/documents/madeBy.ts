import type { Pledge, Subgraph } from '../generated/graphql.js';
import { pledgedOn } from './statusHistory.js';

/**
 * The subgraph as it stood on `asOf`: pledges made after that date (their first, derived status
 * is later) are left out with their relationships, as `pledges(asOf)` leaves them out. The ids
 * asked for stay, whatever their date: a node someone opened is never taken from them.
 */
export function madeBy(subgraph: Subgraph, asOf: string | null | undefined, keep: ReadonlySet<string>): Subgraph {
  if (!asOf) return subgraph;
  const later = new Set(
    subgraph.nodes
      .filter((node) => node.kind === 'PLEDGE' && !keep.has(node.id) && (pledgedOn((node as Pledge).statusHistory) ?? '') > asOf)
      .map((node) => node.id),
  );
  if (later.size === 0) return subgraph;
  return {
    ...subgraph,
    nodes: subgraph.nodes.filter((node) => !later.has(node.id)),
    edges: subgraph.edges.filter((edge) => !later.has(edge.source) && !later.has(edge.target)),
  };
}

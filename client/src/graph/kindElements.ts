import type { ElementDefinition } from 'cytoscape';
import type { Count } from '../generated/graphql.js';

/** Overview elements: one node per kind, sized by how many entities it has. Pure. */
export function kindElements(kinds: Count[]): ElementDefinition[] {
  const max = Math.max(1, ...kinds.map((k) => k.count));
  return kinds.map((k) => ({
    data: { id: k.key, label: `${k.key.toLowerCase()} (${k.count})`, size: 30 + 50 * Math.sqrt(k.count / max) },
  }));
}

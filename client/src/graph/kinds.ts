import { KIND_ORDER, KINDS, isEntityKind, type NodeShape } from '../../../schema/vocabulary/kinds.js';
import type { EntityKind } from '../generated/graphql.js';

export { KIND_ORDER, isEntityKind, type NodeShape };

export interface KindLook {
  color: string;
  shape: NodeShape;
  size: number;
}

/** How each kind looks on the canvas, in the legend and in exports (schema/vocabulary/kinds.ts). */
export const KIND_LOOK = Object.fromEntries(
  KIND_ORDER.map((kind) => [kind, { color: KINDS[kind].color, shape: KINDS[kind].shape, size: KINDS[kind].size }]),
) as Readonly<Record<EntityKind, KindLook>>;

export function kindRank(kind: EntityKind): number {
  const rank = KIND_ORDER.indexOf(kind);
  return rank < 0 ? KIND_ORDER.length : rank;
}

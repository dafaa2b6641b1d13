import { KIND_ORDER, KINDS, isEntityKind, type KindSpec, type NodeShape } from '../../../schema/vocabulary/kinds.js';
import type { EntityKind } from '../generated/graphql.js';

export { KIND_ORDER, isEntityKind, type NodeShape };

export type KindLook = Pick<KindSpec, 'color' | 'shape' | 'size'>;

/** How each kind looks on the canvas, in the legend and in exports: the vocabulary's own table, seen through its look. */
export const KIND_LOOK: Readonly<Record<EntityKind, KindLook>> = KINDS;

export function kindRank(kind: EntityKind): number {
  const rank = KIND_ORDER.indexOf(kind);
  return rank < 0 ? KIND_ORDER.length : rank;
}

import type { EntityKind } from '../generated/graphql.js';

export type NodeShape = 'round-rectangle' | 'ellipse' | 'diamond' | 'triangle' | 'hexagon' | 'star' | 'vee' | 'rectangle';

export interface KindLook {
  /** Okabe–Ito palette: distinguishable under the common colour-vision deficiencies. */
  color: string;
  /** A distinct shape too, so no one has to rely on colour alone. */
  shape: NodeShape;
  /** Node diameter in model units; bureaus are the anchors of every view, so they are largest. */
  size: number;
}

/**
 * Display order everywhere (legend, expansion, filters): from who pledged, and the meeting where
 * they did, to what about. (The concentric layout groups kinds into three rings of its own.)
 */
export const KIND_ORDER: readonly EntityKind[] = ['BUREAU', 'EVENT', 'PLEDGE', 'PROJECT', 'PLACE', 'ENTERPRISE', 'INSTITUTION', 'DOCUMENT'];

export const KIND_LOOK: Readonly<Record<EntityKind, KindLook>> = {
  BUREAU: { color: '#0072B2', shape: 'round-rectangle', size: 56 },
  PLEDGE: { color: '#E69F00', shape: 'ellipse', size: 30 },
  PROJECT: { color: '#009E73', shape: 'diamond', size: 42 },
  PLACE: { color: '#56B4E9', shape: 'star', size: 42 },
  ENTERPRISE: { color: '#D55E00', shape: 'triangle', size: 40 },
  INSTITUTION: { color: '#CC79A7', shape: 'hexagon', size: 40 },
  // The vee covers a third of its box: a little larger, so its yellow still reads.
  EVENT: { color: '#F0E442', shape: 'vee', size: 46 },
  DOCUMENT: { color: '#555555', shape: 'rectangle', size: 36 },
};

export function kindRank(kind: EntityKind): number {
  const rank = KIND_ORDER.indexOf(kind);
  return rank < 0 ? KIND_ORDER.length : rank;
}

export function isEntityKind(value: string): value is EntityKind {
  return (KIND_ORDER as readonly string[]).includes(value);
}

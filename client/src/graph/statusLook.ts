import type { PledgeStatus } from '../generated/graphql.js';

export type RingStyle = 'solid' | 'dotted' | 'dashed' | 'double';

export interface StatusLook {
  /** The ring drawn around a pledge (Cytoscape's outline, outside the border that selection, paths and pins use). */
  color: string;
  /** Told apart without colour too: each rated status has its own line, or (two solids) its own width. */
  style: RingStyle;
  /** 0: no ring (pledged, not yet rated: the pledge looks as it always did). */
  width: number;
  /** A sign beside the words in the legend and the timeline: the status read without colour. */
  sign: string;
}

export { isPledgeStatus, PLEDGE_STATUSES } from '../../../schema/vocabulary/statuses.js';

/**
 * How each status looks. Colours from Paul Tol's colour-blind-safe "muted" scheme (plus a mid
 * grey), so none is one of the kinds' Okabe–Ito fills, nor the black of selection and paths.
 */
export const STATUS_LOOK: Readonly<Record<PledgeStatus, StatusLook>> = {
  pledged: { color: '#1d2430', style: 'solid', width: 0, sign: '○' },
  in_the_works: { color: '#332288', style: 'dashed', width: 4, sign: '◔' },
  stalled: { color: '#767676', style: 'dotted', width: 4, sign: '‖' },
  kept: { color: '#117733', style: 'solid', width: 4, sign: '✓' },
  compromise: { color: '#999933', style: 'double', width: 6, sign: '≈' },
  // Solid like kept, and of much the same lightness: a ring twice as thick tells them apart in greyscale.
  broken: { color: '#CC6677', style: 'solid', width: 8, sign: '✗' },
};

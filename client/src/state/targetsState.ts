import type { TargetStage } from '../generated/graphql.js';

/** The investment-targets view (`?view=targets`) shows its rows as a table or as a map. */
export type TargetsMode = 'table' | 'map';
export const TARGETS_MODES: readonly TargetsMode[] = ['table', 'map'];

/** The stages, furthest first (the server's order), and NONE for a row whose quotes hold no verb of the table. */
export type StageKey = TargetStage | 'NONE';
export const STAGE_KEYS: readonly StageKey[] = ['SETTLED', 'COURTED', 'STUDIED', 'WATCHED', 'NONE'];

/** The table's columns, each sortable. */
export type TargetColumn = 'name' | 'summary' | 'relation' | 'stage' | 'bureau' | 'destination' | 'quote';
export const TARGET_COLUMNS: readonly TargetColumn[] = ['name', 'summary', 'relation', 'stage', 'bureau', 'destination', 'quote'];

export interface TargetsSort {
  column: TargetColumn;
  descending: boolean;
}

/**
 * What the targets view shows, all of it in the URL so that a filtered table can be shared.
 * Each filter narrows; an empty one lets everything through.
 */
export interface TargetsState {
  mode: TargetsMode;
  /** Rows of these stages only; none: every stage. */
  stages: StageKey[];
  bureau: string | null;
  destination: string | null;
  /** Matched against both languages' names, the destinations and the quote. */
  text: string;
  /** null: the API's order. */
  sort: TargetsSort | null;
  /** The company picked on the map: its rows are shown beside the map and marked in the table. */
  picked: string | null;
}

export const MAX_TARGETS_TEXT = 100;

export const DEFAULT_TARGETS: TargetsState = { mode: 'table', stages: [], bureau: null, destination: null, text: '', sort: null, picked: null };

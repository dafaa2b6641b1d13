import type { EntityKind } from '../generated/graphql.js';
import { DEFAULT_TARGETS, type TargetsState } from './targetsState.js';
import { NO_TIME, type TimeState } from './timeState.js';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export type LayoutName = 'fcose' | 'concentric' | 'breadthfirst';
export const LAYOUTS: readonly LayoutName[] = ['fcose', 'concentric', 'breadthfirst'];

/** What the page shows: the graph explorer, the shared-projects matrix (`?view=shared`) or the investment targets (`?view=targets`). */
export type PageView = 'explorer' | 'shared' | 'targets';
/** The matrix's N: columns are what the pledges of at least this many bureaus concern. */
export type MinBureaus = 1 | 2 | 3;
export const MIN_BUREAUS: readonly MinBureaus[] = [1, 2, 3];
export const DEFAULT_MIN_BUREAUS: MinBureaus = 2;

/**
 * Everything that makes a view reproducible, as plain data: what the URL carries and what
 * undo/redo restores. Entity data itself lives in the GraphCache, not here.
 */
export interface ViewState {
  /** Node ids on the canvas, in the order they were added. */
  visible: string[];
  /** Selected node or edge ids (the details panel shows the first). */
  selection: string[];
  /** Nodes whose neighbours the user asked for: they get a "+N more" badge for the rest. */
  expanded: string[];
  /** Nodes the user pinned: layouts leave them where they are. */
  pinned: string[];
  lang: Lang;
  layout: LayoutName;
  hiddenKinds: EntityKind[];
  hiddenRelations: string[];
  /** Two endpoints whose shortest paths are highlighted, or null. */
  path: { from: string; to: string } | null;
  /** How many neighbours one expansion adds before the rest go behind "+N more". */
  expandLimit: number;
  /** Presenter mode: which walkthrough, at which step (1-based, as the URL and the room say it); null when exploring. */
  walk: { id: string; step: number } | null;
  /** The page's view: the canvas, or the shared-projects matrix instead of it. */
  view: PageView;
  /** The matrix's "shared by at least N bureaus" (kept while exploring, so the way back finds it). */
  minBureaus: MinBureaus;
  /** The canvas table (what the canvas shows, as rows) in place of the canvas's picture. */
  table: boolean;
  /** The investment-targets view's mode, filters and sort (kept while exploring, like minBureaus). */
  targets: TargetsState;
  /** The "as of" day and the document scope of the canvas and search. */
  time: TimeState;
  /** The document the reading view shows; null: the one it opens on (app/defaultDocument.ts). */
  reading: string | null;
}

export const DEFAULT_EXPAND_LIMIT = 25;

export function initialState(lang: Lang = 'zh'): ViewState {
  return {
    visible: [],
    selection: [],
    expanded: [],
    pinned: [],
    lang,
    layout: 'fcose',
    hiddenKinds: [],
    hiddenRelations: [],
    path: null,
    expandLimit: DEFAULT_EXPAND_LIMIT,
    walk: null,
    view: 'explorer',
    minBureaus: DEFAULT_MIN_BUREAUS,
    table: false,
    targets: DEFAULT_TARGETS,
    time: NO_TIME,
    reading: null,
  };
}

import type { EntityRecord } from '../api/records.js';
import type { EntityKind, SourceSpan } from '../generated/graphql.js';
import type { TargetsState } from '../state/targetsState.js';
import type { TimeState } from '../state/timeState.js';
import type { StepMove } from '../state/walkthrough.js';
import type { WalkSignal } from '../state/walkSignal.js';
import type { EditorIntent } from './EditorIntent.js';
import type { LayoutName, MinBureaus } from '../state/ViewState.js';

export type ExportFormat = 'png' | 'svg' | 'json' | 'csv';
/** The evidence dossier of the selection: Markdown, or a printable self-contained HTML page. */
export type DossierFormat = 'md' | 'html';

/**
 * What the user did, as the views and the keyboard report it. Views say what happened, not
 * what it should do: the explorer decides what an intent means (`explorer.dispatch`).
 */
export type Intent =
  // The canvas, the toolbar and the keys that act on the selection.
  /** Picked elements on the canvas; none: clicked the background. */
  | { type: 'select'; ids: string[]; additive: boolean }
  /** Clears the selection (Esc); nothing happens when nothing is selected. */
  | { type: 'deselect' }
  /** Adds the neighbours of `id` (a double-click), or of every selected node (one undo step). */
  | { type: 'expand'; id?: string }
  /** Asks for the neighbours an expansion left out ("+N more" on the canvas or in the details). */
  | { type: 'more'; id: string }
  /** Chose some of them in the "+N more" dialog. */
  | { type: 'addNeighbours'; from: string; ids: string[] }
  | { type: 'hide' }
  | { type: 'hideOthers' }
  /** Pins the selected nodes where they are (or unpins them, when all already are). */
  | { type: 'pin' }
  | { type: 'undo' }
  | { type: 'redo' }
  // The node's context menu (views/contextMenu.ts; app/menuActions.ts).
  /** Right-click on `id`, or Shift+F10 / the context-menu key (no id: the selected node); `at`: where, in page pixels. */
  | { type: 'openMenu'; id?: string; at?: { x: number; y: number } | null }
  | { type: 'menuPathEnd'; id: string; end: 'from' | 'to' }
  | { type: 'openInTable'; id: string }
  | { type: 'copyLink'; id: string }
  /** Back or Forward reached another entry of the page: `query` is its address's. */
  | { type: 'navigate'; query: string }
  | { type: 'fit' }
  | { type: 'zoomToSelection' }
  | { type: 'overview' }
  | { type: 'setLayout'; layout: LayoutName }
  // Things named elsewhere in the page.
  /** Chose a search hit: it comes onto the canvas, and keyboard focus goes there with it. */
  | { type: 'chooseHit'; entity: EntityRecord }
  /** Picked a related node in the details panel. */
  | { type: 'reveal'; id: string }
  /** Clicked a highlight in the article: these refs cite it, narrowest first. */
  | { type: 'pickCitation'; refs: string[] }
  /** "Show in the article" on a quote (of any document: the reading view opens it). */
  | { type: 'showSpan'; span: SourceSpan }
  /** Picked a document to read in the reading view. */
  | { type: 'readDocument'; id: string }
  /** Changed the "as of" day or the document scope (null clears one). */
  | { type: 'setTime'; patch: Partial<TimeState> }
  // Filters and settings.
  | { type: 'toggleKind'; kind: EntityKind }
  | { type: 'toggleRelation'; relation: string }
  /** The status line's way back when the filters hide everything. */
  | { type: 'resetFilters' }
  | { type: 'setExpandLimit'; limit: number }
  | { type: 'toggleLang' }
  | { type: 'help' }
  | { type: 'focusSearch' }
  | { type: 'export'; format: ExportFormat }
  // The canvas table and the dossier.
  /** The toolbar's "Table": the canvas's content as rows instead of the picture, or back. */
  | { type: 'toggleTable' }
  | { type: 'dossier'; format: DossierFormat }
  // Paths.
  | { type: 'setPathEnd'; end: 'from' | 'to' }
  | { type: 'findPaths' }
  | { type: 'clearPath' }
  // Presenter mode.
  /** The "Present" button: opens the first walkthrough, or leaves when presenting. */
  | { type: 'present' }
  | { type: 'moveStep'; move: StepMove }
  | { type: 'exitPresenter' }
  /** The speaker view (another window) moved, or asked where the room is. */
  | { type: 'walkSignal'; signal: WalkSignal }
  /** Something done in the walkthrough editor. */
  | { type: 'walkEditor'; intent: EditorIntent }
  /** The canvas changed size under the presenter (full screen on or off). */
  | { type: 'canvasResized' }
  /** The retry of a failed first load: open the page's view again. */
  | { type: 'reload' }
  // The shared-projects matrix (?view=shared).
  /** The top bar's "Shared projects" (pressed again, it reports showExplorer). */
  | { type: 'showShared' }
  /** The matrix's way back to the canvas. */
  | { type: 'showExplorer' }
  | { type: 'setMinBureaus'; minBureaus: MinBureaus }
  /** Hid or showed again a bureau's row or a project's column of the matrix. */
  | { type: 'toggleSharedRow'; id: string }
  | { type: 'toggleSharedColumn'; id: string }
  | { type: 'showAllShared' }
  /** Pressed a column heading or one of its cells: the explorer with its bureaus, their pledges and the entity. */
  | { type: 'openShared'; entity: string }
  // The investment targets (?view=targets).
  /** The top bar's "Investment targets" (pressed again, it reports showExplorer). */
  | { type: 'showTargets' }
  /** Changed the view's mode, a filter, the sort, or picked a company on the map. */
  | { type: 'setTargets'; patch: Partial<TargetsState> }
  /** A row (its bureau) or a company on the map (bureau null: all of its bureaus): the explorer with them. */
  | { type: 'openTarget'; enterprise: string; bureau: string | null };

/** How a view reports an intent: the explorer's dispatch, handed to every view by main.ts. */
export type Dispatch = (intent: Intent) => void;

import type { WalkSignal } from '../state/walkSignal.js';
import type { Lang } from '../state/ViewState.js';
import type { createCanvasTable } from '../views/canvasTable.js';
import type { createContextMenu } from '../views/contextMenu.js';
import type { WalkEditorModel } from './walkEditorModel.js';
import type { createDetailsPanel } from '../views/detailsPanel.js';
import type { createExportPanel } from '../views/exportPanel.js';
import type { GraphView } from '../views/graphView.js';
import type { createHelpDialog } from '../views/helpDialog.js';
import type { createLegendFilters } from '../views/legendFilters.js';
import type { createMoreChooser } from '../views/moreChooser.js';
import type { createPathPanel } from '../views/pathPanel.js';
import type { createPresenterPanel } from '../views/presenterPanel.js';
import type { createReadingView } from '../views/readingView.js';
import type { createSharedView } from '../views/sharedView.js';
import type { createTargetsView } from '../views/targetsView.js';
import type { SearchBox } from '../views/searchBox.js';
import type { createStatusBanner } from '../views/statusBanner.js';
import type { createTimeControls } from '../views/timeControls.js';
import type { createToolbar } from '../views/toolbar.js';

/**
 * The views the explorer renders into; main.ts builds them (each with the explorer's dispatch,
 * to report what the user does) and hands them over. Tests hand over recording fakes.
 */
export interface Views {
  graph: GraphView;
  search: SearchBox;
  details: ReturnType<typeof createDetailsPanel>;
  reading: ReturnType<typeof createReadingView>;
  filters: ReturnType<typeof createLegendFilters>;
  /** The "as of" day and the document scope. */
  time: ReturnType<typeof createTimeControls>;
  toolbar: ReturnType<typeof createToolbar>;
  paths: ReturnType<typeof createPathPanel>;
  exporter: ReturnType<typeof createExportPanel>;
  status: ReturnType<typeof createStatusBanner>;
  help: ReturnType<typeof createHelpDialog>;
  more: ReturnType<typeof createMoreChooser>;
  /** A node's context menu, and the clipboard its "copy link" writes to. */
  menu: Pick<ReturnType<typeof createContextMenu>, 'open' | 'copy'>;
  presenter: ReturnType<typeof createPresenterPanel>;
  /** The shared-projects matrix, shown instead of the canvas when the state's view is 'shared'. */
  shared: ReturnType<typeof createSharedView>;
  /** The canvas as sortable tables, shown over the canvas when the state's `table` is on. */
  table: ReturnType<typeof createCanvasTable>;
  /** The walkthrough editor's panel (drawn from the session's walkEditor; hidden when null). */
  walkEditor: { render(model: WalkEditorModel | null, lang: Lang): void };
  /** Tells a speaker view in another window which step the room shows. */
  walkChannel: { announce(signal: WalkSignal): void };
  /** The investment targets (table or map), shown instead of the canvas when the state's view is 'targets'. */
  targets: Pick<ReturnType<typeof createTargetsView>, 'render'>;
  staticText(lang: Lang): void;
  /** Counts of what is on the canvas (for screen readers) and the overview's explanation. */
  caption(summary: string, caption: string): void;
  download(name: string, data: Blob): void;
  /** Requests in flight (the canvas says aria-busy meanwhile). */
  busy(on: boolean): void;
  /** The first picture is on the canvas (the page marks the moment, for performance measurements). */
  firstScreen(): void;
  /** The first load finished, well or not. */
  ready(): void;
}

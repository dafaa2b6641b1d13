import type { EntityRecord } from '../api/records.js';
import { KIND_ORDER } from '../graph/kinds.js';
import type { VisibleSubgraph } from '../graph/visibleSubgraph.js';
import { kindCount } from '../i18n/kindCounts.js';
import type { ViewState } from '../state/ViewState.js';
import { noPathOnCanvas } from './pathState.js';
import { pathCaption, pathHighlight } from './pathSentences.js';
import type { Session } from './session.js';

/** Whether the canvas holds exactly what the overview put up. */
function isOverview(session: Session, s: ViewState): boolean {
  const { overviewIds } = session;
  return overviewIds.length > 0 && s.visible.length === overviewIds.length && [...s.visible].sort().every((id, i) => id === overviewIds[i]);
}

/**
 * The line under the canvas says what the canvas shows now, so it is worked out again on every
 * redraw: that the filters hide everything; else the found paths read out; else that no path
 * joins the ends (until the canvas changes); else the overview's explanation while the overview
 * is up; else what the canvas holds, by kind. Empty when nothing is on the canvas (the counter
 * says so).
 */
export function viewCaption(session: Session, s: ViewState, nodes: EntityRecord[], shown: VisibleSubgraph): string {
  const m = session.m();
  const overview = isOverview(session, s);
  // Looks at every canvas, so that it notices when the canvas changes.
  const none = noPathOnCanvas(session);
  if (!nodes.length) return '';
  if (!shown.nodes.length) return m.allFiltered(nodes.length);
  const reading = s.path && pathHighlight(session, s) ? pathCaption(session, s.path.from, s.path.to) : '';
  if (reading) return reading;
  if (none && !s.path) return m.pathNone(session.nameOf(none.from), session.nameOf(none.to));
  if (overview) return m.overviewCaption(shown.nodes.filter((n) => n.kind === 'BUREAU').length, session.sharedCount);
  if (shown.nodes.length === 1) return m.canvasHoldsOne(session.nameOf(shown.nodes[0]!.id));
  const byKind = KIND_ORDER.map((kind) => [kind, shown.nodes.filter((n) => n.kind === kind).length] as const).filter(([, n]) => n > 0);
  return m.canvasHolds(byKind.map(([kind, n]) => kindCount(kind, n, s.lang)));
}

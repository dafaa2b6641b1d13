import type { ViewState } from './ViewState.js';

/** How the browser's address follows a change: a new entry that Back returns to, or the same entry rewritten. */
export type EntryKind = 'push' | 'replace';

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && b.every((x) => a.includes(x));
/** The node or relationship the details panel shows: the one picked last. */
const focusOf = (s: ViewState) => s.selection.at(-1) ?? null;

/**
 * Which changes are worth a Back press: a new focus (selecting something else), a change of what
 * is on the canvas (expand, hide, a search result opened, a path's nodes), a path, a switch of
 * view (explorer, shared, targets, the table), entering, leaving or moving through a talk.
 * Settings and small adjustments (deselecting, language, layout, filters, the expansion limit,
 * the matrix's N, the targets' filters and sort, pins) rewrite the present entry: Back should
 * not replay every filter click. `before` null: the page's first address, never a new entry.
 */
export function historyEntry(before: ViewState | null, after: ViewState): EntryKind {
  if (!before) return 'replace';
  const focus = focusOf(after);
  const meaningful =
    before.view !== after.view ||
    before.table !== after.table ||
    before.walk?.id !== after.walk?.id ||
    before.walk?.step !== after.walk?.step ||
    !sameSet(before.visible, after.visible) ||
    before.path?.from !== after.path?.from ||
    before.path?.to !== after.path?.to ||
    (focus !== null && focus !== focusOf(before) && !same(before.selection, after.selection));
  return meaningful ? 'push' : 'replace';
}

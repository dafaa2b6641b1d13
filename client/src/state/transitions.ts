import type { EntityKind } from '../generated/graphql.js';
import type { Lang, LayoutName, ViewState } from './ViewState.js';

// Pure transitions: each returns a new state and leaves its input untouched.

function union(list: string[], more: Iterable<string>): string[] {
  const seen = new Set(list);
  const out = [...list];
  for (const id of more) {
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
  }
  return out;
}

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** Edge ids are source|TYPE|target; a selection entry of that form is an edge. */
export function isEdgeId(id: string): boolean {
  return id.includes('|');
}

function edgeTouches(edgeId: string, nodes: Set<string>): boolean {
  const [source, , target] = edgeId.split('|');
  return nodes.has(source ?? '') && nodes.has(target ?? '');
}

/**
 * Keeps selection, expansion and path consistent with the nodes on the canvas. Every edit of the
 * canvas goes through here, and an edited canvas is no longer a walkthrough's step: presenter
 * mode ends, so that the URL never claims a step the canvas does not show.
 */
export function prune(state: ViewState): ViewState {
  const on = new Set(state.visible);
  const keep = (id: string) => (isEdgeId(id) ? edgeTouches(id, on) : on.has(id));
  return {
    ...state,
    walk: null,
    selection: state.selection.filter(keep),
    expanded: state.expanded.filter((id) => on.has(id)),
    pinned: state.pinned.filter((id) => on.has(id)),
    path: state.path && on.has(state.path.from) && on.has(state.path.to) ? state.path : null,
  };
}

export function addNodes(state: ViewState, ids: Iterable<string>, expandedFrom?: string): ViewState {
  const visible = union(state.visible, ids);
  const expanded = expandedFrom ? union(state.expanded, [expandedFrom]) : state.expanded;
  return prune({ ...state, visible, expanded });
}

/** Replaces the whole canvas (overview, permalink). */
export function showOnly(state: ViewState, ids: Iterable<string>): ViewState {
  return prune({ ...state, visible: union([], ids), expanded: [] });
}

export function hideNodes(state: ViewState, ids: Iterable<string>): ViewState {
  const gone = new Set(ids);
  return prune({ ...state, visible: state.visible.filter((id) => !gone.has(id)) });
}

/** Hide all but the selected nodes (and the ends of selected edges). */
export function keepSelection(state: ViewState): ViewState {
  const keep = new Set<string>();
  for (const id of state.selection) {
    if (!isEdgeId(id)) keep.add(id);
    else for (const end of [id.split('|')[0], id.split('|')[2]]) if (end) keep.add(end);
  }
  if (keep.size === 0) return state;
  return prune({ ...state, visible: state.visible.filter((id) => keep.has(id)) });
}

/** Pins these nodes, or unpins them when every one of them is pinned already (one button both ways). */
export function togglePins(state: ViewState, ids: readonly string[]): ViewState {
  const nodes = ids.filter((id) => !isEdgeId(id) && state.visible.includes(id));
  if (!nodes.length) return state;
  const allPinned = nodes.every((id) => state.pinned.includes(id));
  const pinned = allPinned ? state.pinned.filter((id) => !nodes.includes(id)) : union(state.pinned, nodes);
  return { ...state, pinned };
}

export function select(state: ViewState, ids: string[]): ViewState {
  return { ...state, selection: [...new Set(ids)] };
}

export function setLang(state: ViewState, lang: Lang): ViewState {
  return { ...state, lang };
}

export function setLayout(state: ViewState, layout: LayoutName): ViewState {
  return { ...state, layout };
}

export function toggleKind(state: ViewState, kind: EntityKind): ViewState {
  return { ...state, hiddenKinds: toggle(state.hiddenKinds, kind) };
}

/** Every kind and relationship type shown again. */
export function showAllTypes(state: ViewState): ViewState {
  return { ...state, hiddenKinds: [], hiddenRelations: [] };
}

export function toggleRelation(state: ViewState, type: string): ViewState {
  return { ...state, hiddenRelations: toggle(state.hiddenRelations, type) };
}

/** Shows paths between two visible nodes; the path's own nodes are added by the caller first. */
export function setPath(state: ViewState, path: { from: string; to: string } | null): ViewState {
  return { ...state, path };
}

export function setExpandLimit(state: ViewState, limit: number): ViewState {
  return { ...state, expandLimit: Math.max(1, Math.min(500, Math.round(limit))) };
}

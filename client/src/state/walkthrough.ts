import type { ViewState } from './ViewState.js';

/** What the state needs to know of a walkthrough: its id and, per step, the ids it shows. */
export interface WalkSteps {
  id: string;
  steps: readonly { focus: readonly string[]; selection?: readonly string[] }[];
}

export type StepMove = 'next' | 'previous' | 'first' | 'last';

/** A 1-based step inside 1..count: a shared link or a stray key press can never point past the ends. */
export function clampStep(step: number, count: number): number {
  if (count < 1) return 1;
  return Math.min(count, Math.max(1, Math.round(Number.isFinite(step) ? step : 1)));
}

/** Where a key or button takes the presenter from `step`; at an end, it stays (a clicker must not wrap around). */
export function moveStep(step: number, count: number, move: StepMove): number {
  const to = { next: step + 1, previous: step - 1, first: 1, last: count }[move];
  return clampStep(to, count);
}

/**
 * The canvas of one step: exactly its focus, with its selection (all of the focus when it names
 * none, so the details panel and the article show its sources), with every filter off — the sidebar that holds them is hidden while
 * presenting, so a filter could hide a node nobody can bring back.
 */
export function goToStep(state: ViewState, walk: WalkSteps, step: number): ViewState {
  const at = clampStep(step, walk.steps.length);
  const shown = walk.steps[at - 1];
  const focus = [...new Set<string>(shown?.focus ?? [])];
  const chosen = (shown?.selection ?? []).filter((id) => focus.includes(id));
  return {
    ...state,
    visible: focus,
    selection: chosen.length ? [...new Set(chosen)] : focus,
    expanded: [],
    hiddenKinds: [],
    hiddenRelations: [],
    path: null,
    walk: { id: walk.id, step: at },
  };
}

/** Leaves presenter mode; the last step's nodes stay on the canvas to explore from. */
export function endWalk(state: ViewState): ViewState {
  return state.walk ? { ...state, walk: null } : state;
}

import { orderPath, readPath } from '../graph/readPath.js';
import type { ViewState } from '../state/ViewState.js';
import type { Session } from './session.js';

/** The ids on the found paths, or null when the loaded result is not for the state's path (undo can bring back an older path). */
export function pathHighlight(session: Session, s: ViewState): Set<string> | null {
  const result = session.pathResult;
  if (!s.path || !result || result.key !== `${s.path.from}>${s.path.to}`) return null;
  return new Set(result.paths.flatMap((p) => [...p.nodes.map((n) => n.id), ...p.edges.map((e) => e.id)]));
}

/** Subgraphs that do not join the two ends are skipped rather than read out half. */
export function pathSentences(session: Session, from: string, to: string): string[] {
  return (session.pathResult?.paths ?? [])
    .map((p) => orderPath(p, from, to))
    .filter((steps) => !!steps)
    .map((steps) => readPath(steps!, session.nameOf, session.state().lang));
}

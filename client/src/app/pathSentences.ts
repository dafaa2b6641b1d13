import { groupRoutes, orderPath, readPath, readRoute, type PathStep } from '../graph/readPath.js';
import { relationLabel } from '../i18n/relationWords.js';
import type { ViewState } from '../state/ViewState.js';
import type { Session } from './session.js';

/** The ids on the found paths, or null when the loaded result is not for the state's path (undo can bring back an older path). */
export function pathHighlight(session: Session, s: ViewState): Set<string> | null {
  const result = session.pathResult;
  if (!s.path || !result || result.key !== `${s.path.from}>${s.path.to}`) return null;
  return new Set(result.paths.flatMap((p) => [...p.nodes.map((n) => n.id), ...p.edges.map((e) => e.id)]));
}

/** Subgraphs that do not join the two ends are skipped rather than read out half. */
function orderedPaths(session: Session, from: string, to: string): PathStep[][] {
  return (session.pathResult?.paths ?? []).map((p) => orderPath(p, from, to)).filter((steps): steps is PathStep[] => !!steps);
}

/** Names as a sentence uses them: a pledge's name is a clause of its own, so it is marked as one. */
function sentenceName(session: Session) {
  return (id: string) => {
    const name = session.nameOf(id);
    return session.cache.nodes.get(id)?.kind === 'PLEDGE' ? session.m().pledgeNamed(name) : name;
  };
}

/** The paths panel: every path as its own sentence, and what sets apart paths through the same nodes. */
export function pathSentences(session: Session, from: string, to: string): { sentences: string[]; notes: string[] } {
  const { lang } = session.state();
  const paths = orderedPaths(session, from, to);
  const name = sentenceName(session);
  const notes = groupRoutes(paths)
    .filter((route) => route.paths.length > 1)
    .map((route) => {
      const pairs = route.steps.flatMap((step, i) =>
        step.via.length > 1
          ? [{ a: name(route.steps[i - 1]!.node), b: name(step.node), relations: step.via.map((v) => relationLabel(v.edge.type, lang)) }]
          : [],
      );
      return session.m().pathParallel(route.paths, pairs);
    });
  return { sentences: paths.map((steps) => readPath(steps, name, lang)), notes };
}

/**
 * The caption under the canvas: every path read out, numbered when there are several; paths
 * through the same nodes are read once, their parallel relationships side by side.
 */
export function pathCaption(session: Session, from: string, to: string): string {
  const routes = groupRoutes(orderedPaths(session, from, to));
  if (!routes.length) return '';
  const name = sentenceName(session);
  return session.m().pathCaption(routes.map((route) => ({ paths: route.paths, sentence: readRoute(route, name, session.state().lang) })));
}

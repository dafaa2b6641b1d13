import type { EdgeRecord, SubgraphRecord } from '../api/records.js';
import { chineseList, englishList } from '../i18n/lists.js';
import { relationPredicate, relationVerb } from '../i18n/relationWords.js';
import type { Lang } from '../state/ViewState.js';

/** An edge of a path and which way the path walks it. */
export interface Via {
  edge: EdgeRecord;
  forward: boolean;
}

export interface PathStep {
  node: string;
  /** The edge that led here from the previous step; absent on the first. */
  via?: Via;
}

/**
 * Shortest paths through the same nodes in the same order, which differ only in which of
 * several parallel relationships joins two neighbours (属于 and 位于 between the same pair).
 * Read out once, with the alternatives side by side, rather than as near-identical sentences.
 */
export interface Route {
  /** Which paths (1-based, in the order given) this route stands for. */
  paths: number[];
  /** Each node, with every relationship that joins it to the previous one (none on the first). */
  steps: { node: string; via: Via[] }[];
}

/**
 * Walks one path subgraph from `from` to `to`, ignoring direction (as the API's paths do) and
 * remembering which way each edge was walked. Null when the subgraph does not join them.
 */
export function orderPath(path: SubgraphRecord, from: string, to: string): PathStep[] | null {
  const previous = new Map<string, PathStep>([[from, { node: from }]]);
  const queue = [from];
  while (queue.length) {
    const at = queue.shift()!;
    if (at === to) break;
    for (const edge of path.edges) {
      const forward = edge.source === at;
      const next = forward ? edge.target : edge.target === at ? edge.source : null;
      if (next === null || previous.has(next)) continue;
      previous.set(next, { node: next, via: { edge, forward } });
      queue.push(next);
    }
  }
  if (!previous.has(to)) return null;
  const steps: PathStep[] = [];
  for (let at: string | undefined = to; at !== undefined;) {
    const step: PathStep = previous.get(at)!;
    steps.unshift(step);
    at = step.via ? (step.via.forward ? step.via.edge.source : step.via.edge.target) : undefined;
  }
  return steps;
}

/** Groups ordered paths by the nodes they pass through, keeping the order of first appearance. */
export function groupRoutes(paths: PathStep[][]): Route[] {
  const routes = new Map<string, Route>();
  paths.forEach((steps, i) => {
    const key = steps.map((s) => s.node).join('\n');
    let route = routes.get(key);
    if (!route) routes.set(key, (route = { paths: [], steps: steps.map((s) => ({ node: s.node, via: [] })) }));
    route.paths.push(i + 1);
    steps.forEach((step, j) => {
      const vias = route.steps[j]!.via;
      if (step.via && !vias.some((v) => v.edge.id === step.via!.edge.id)) vias.push(step.via);
    });
  });
  return [...routes.values()];
}

/** One path as a sentence (see readRoute). */
export function readPath(steps: PathStep[], nameOf: (id: string) => string, lang: Lang): string {
  return readRoute({ paths: [1], steps: steps.map((s) => ({ node: s.node, via: s.via ? [s.via] : [] })) }, nameOf, lang);
}

/**
 * A route as one sentence, each relationship in the direction it is walked. English: "ZTO
 * Express settles in Shiqiao, which is the destination of …". Chinese in the same shape, 后者
 * standing for "which": 中通物流入驻石桥，后者承接…引入的企业，…。 Parallel relationships are
 * said together: "is part of and is located in X", 属于并位于X.
 */
export function readRoute(route: Route, nameOf: (id: string) => string, lang: Lang): string {
  const [first, ...rest] = route.steps;
  if (!first) return '';
  if (lang === 'zh') {
    const clauses = rest.map((step) => chinesePredicate(step.via, nameOf(step.node)));
    return `${nameOf(first.node)}${clauses.join('，后者')}。`;
  }
  const clauses = rest.map((step) => `${englishList(step.via.map((v) => relationVerb(v.edge.type, v.forward)))} ${nameOf(step.node)}`);
  const sentence = `${nameOf(first.node)} ${clauses.join(', which ')}.`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/**
 * Verbs that take the node as their object share it (属于并位于X); predicates that put it in
 * the middle (由X招引, 是X的合作方) become clauses of their own, joined by 也.
 */
function chinesePredicate(vias: Via[], other: string): string {
  const templates = vias.map((v) => relationPredicate(v.edge.type, v.forward));
  if (templates.every((t) => t.endsWith('{}')))
    return `${chineseList(
      templates.map((t) => t.slice(0, -2)),
      '并',
    )}${other}`;
  return templates.map((t, i) => `${i ? '也' : ''}${t.replace('{}', other)}`).join('，');
}

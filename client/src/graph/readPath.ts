import type { EdgeRecord, SubgraphRecord } from '../api/records.js';
import { relationLabel, relationVerb } from '../i18n/relationWords.js';
import type { Lang } from '../state/ViewState.js';

export interface PathStep {
  node: string;
  /** The edge that led here from the previous step; absent on the first. */
  via?: { edge: EdgeRecord; forward: boolean };
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
  for (let at: string | undefined = to; at !== undefined; ) {
    const step: PathStep = previous.get(at)!;
    steps.unshift(step);
    at = step.via ? (step.via.forward ? step.via.edge.source : step.via.edge.target) : undefined;
  }
  return steps;
}

/**
 * The path as a sentence. English: "ZTO Express settles in Shiqiao, which is the destination
 * of …". Chinese reads better as an arrow chain: 中通物流 —入驻→ 石桥 ←引往— ….
 */
export function readPath(steps: PathStep[], nameOf: (id: string) => string, lang: Lang): string {
  const [first, ...rest] = steps;
  if (!first) return '';
  if (lang === 'zh') {
    return rest.reduce((text, step) => {
      const { edge, forward } = step.via!;
      const word = relationLabel(edge.type, 'zh');
      return `${text} ${forward ? `—${word}→` : `←${word}—`} ${nameOf(step.node)}`;
    }, nameOf(first.node));
  }
  const clauses = rest.map((step, i) => {
    const { edge, forward } = step.via!;
    return `${i === 0 ? '' : ', which '}${relationVerb(edge.type, forward)} ${nameOf(step.node)}`;
  });
  return `${nameOf(first.node)} ${clauses.join('').trimStart()}.`;
}

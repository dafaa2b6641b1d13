import type { EntityKind } from '../generated/graphql.js';
import { neighbourIds, type GraphCache } from './graphCache.js';
import { kindRank } from './kinds.js';

export interface Expansion {
  /** Neighbours to add now: at most `limit`, grouped by kind in display order. */
  add: string[];
  /** What stays behind the "+N more" badge, by kind. */
  rest: Partial<Record<EntityKind, string[]>>;
  restCount: number;
}

/** Neighbours of `id` not on the canvas yet, ordered by kind, then name. */
export function hiddenNeighbours(cache: GraphCache, id: string, visible: Iterable<string>): string[] {
  const on = new Set(visible);
  const byKindThenName = (a: string, b: string) => {
    const na = cache.nodes.get(a);
    const nb = cache.nodes.get(b);
    const rank = kindRank(na?.kind ?? 'DOCUMENT') - kindRank(nb?.kind ?? 'DOCUMENT');
    return rank || (na?.name ?? a).localeCompare(nb?.name ?? b, 'zh');
  };
  return neighbourIds(cache, id)
    .filter((n) => !on.has(n) && cache.nodes.has(n))
    .sort(byKindThenName);
}

/** Splits the hidden neighbours of `id` into what one expansion adds and what it leaves. */
export function chooseExpansion(cache: GraphCache, id: string, visible: Iterable<string>, limit: number): Expansion {
  const hidden = hiddenNeighbours(cache, id, visible);
  const add = hidden.slice(0, Math.max(0, limit));
  return { add, ...groupByKind(cache, hidden.slice(add.length)) };
}

export function groupByKind(cache: GraphCache, ids: string[]): { rest: Partial<Record<EntityKind, string[]>>; restCount: number } {
  const rest: Partial<Record<EntityKind, string[]>> = {};
  for (const n of ids) {
    const kind = cache.nodes.get(n)?.kind ?? 'DOCUMENT';
    (rest[kind] ??= []).push(n);
  }
  return { rest, restCount: ids.length };
}

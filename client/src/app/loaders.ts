import { ApiError } from '../api/ApiError.js';
import type { Api } from '../api/createApi.js';
import type { SubgraphRecord, WalkthroughRecord } from '../api/records.js';
import { mergeEntities, mergeSubgraph, type GraphCache } from '../graph/graphCache.js';
import { isScoped, NO_TIME, type TimeState } from '../state/timeState.js';

/**
 * Whoever holds the cache (the session). Each loader merges what it learnt into the holder's
 * cache as it is when the answer arrives, not as it was when the request left: requests overlap
 * (a click while the overview loads), and a merge made meanwhile must not be thrown away.
 */
export interface CacheHolder {
  readonly api: Api;
  cache: GraphCache;
  /** Every bureau is in the cache: they are fetched once a page, not with every link or walkthrough. */
  bureausKnown: boolean;
  /** The view state, whose "as of" day and document scope every neighbourhood is asked with (none without it). */
  state?: () => { time: TimeState };
}

const timeOf = (holder: CacheHolder) => holder.state?.().time ?? NO_TIME;
/** A scoped answer leaves out what cites nothing in scope: it never makes a node's adjacency complete. */
const completeFor = (holder: CacheHolder, ids: Iterable<string>) => (isScoped(timeOf(holder)) ? [] : ids);

/** The bureaus are always known, as after the overview: every pledge names its bureau. */
async function ensureBureaus(holder: CacheHolder): Promise<void> {
  if (holder.bureausKnown) return;
  const bureaus = await holder.api.fetchBureaus();
  holder.cache = mergeEntities(holder.cache, bureaus);
  holder.bureausKnown = true;
}

export interface Overview {
  /** Bureaus, the entities their pledges share, and those pledges. */
  ids: string[];
  sharedCount: number;
}

/** The first screen: every bureau plus what the pledges of two or more of them point to. */
export async function loadOverview(holder: CacheHolder): Promise<Overview> {
  const [shared, bureaus] = await Promise.all([holder.api.fetchSharedByBureaus(2), holder.api.fetchBureaus()]);
  const ids = new Set(bureaus.map((b) => b.id));
  for (const s of shared) {
    ids.add(s.entity.id);
    for (const b of s.bureaus) ids.add(b.id);
    for (const p of s.pledges) ids.add(p.id);
  }
  holder.cache = mergeEntities(holder.cache, [...bureaus, ...shared.flatMap((s) => [s.entity, ...s.bureaus, ...s.pledges])]);
  holder.bureausKnown = true;
  // The relationships among them (and the adjacency of each, for badges and details).
  if (ids.size) {
    const around = await holder.api.fetchNeighborhood([...ids], 1, undefined, timeOf(holder));
    holder.cache = mergeSubgraph(holder.cache, around, completeFor(holder, ids));
  }
  return { ids: [...ids], sharedCount: shared.length };
}

/**
 * Entities named by a link, with their relationships. A link outlives the data it was made
 * from: ids the graph no longer holds are dropped (the server names them) and returned, so
 * that the rest of the view still opens and the user is told what is missing.
 */
export async function loadIds(holder: CacheHolder, ids: string[]): Promise<{ missing: string[] }> {
  await ensureBureaus(holder);
  const missing: string[] = [];
  let wanted = ids.slice(0, 200);
  while (wanted.length) {
    try {
      const around = await holder.api.fetchNeighborhood(wanted, 1, undefined, timeOf(holder));
      holder.cache = mergeSubgraph(holder.cache, around, completeFor(holder, wanted));
      return { missing };
    } catch (error) {
      const unknown = error instanceof ApiError && error.code === 'NOT_FOUND' && Array.isArray(error.extensions.ids) ? (error.extensions.ids as string[]) : [];
      // Anything else (or a NOT_FOUND naming nothing we asked for) is a real failure.
      if (!unknown.some((id) => wanted.includes(id))) throw error;
      missing.push(...unknown.filter((id) => wanted.includes(id)));
      wanted = wanted.filter((id) => !unknown.includes(id));
    }
  }
  return { missing };
}

/** Makes sure the cache knows every relationship of `id` (expansion, details). */
export async function ensureAdjacency(holder: CacheHolder, id: string): Promise<void> {
  if (holder.cache.complete.has(id)) return;
  const around = await holder.api.fetchNeighborhood([id], 1, undefined, timeOf(holder));
  holder.cache = mergeSubgraph(holder.cache, around, completeFor(holder, [id]));
}

export interface PathResult {
  key: string;
  paths: SubgraphRecord[];
}

export async function loadPaths(holder: CacheHolder, from: string, to: string): Promise<PathResult> {
  const paths = await holder.api.fetchPaths(from, to);
  for (const path of paths) holder.cache = mergeSubgraph(holder.cache, path);
  return { key: `${from}>${to}`, paths };
}

/**
 * Every walkthrough, with the nodes of all its steps loaded at once: stepping is then a
 * redraw, not a request, so a presenter pressing the clicker twice never races two loads.
 * Focus ids the graph does not hold are dropped from the steps and returned.
 */
export async function loadWalkthroughs(holder: CacheHolder): Promise<{ walkthroughs: WalkthroughRecord[]; missing: string[] }> {
  const walkthroughs = await holder.api.fetchWalkthroughs();
  const ids = [...new Set(walkthroughs.flatMap((w) => w.steps.flatMap((s) => s.focus)))];
  if (!ids.length) return { walkthroughs, missing: [] };
  const loaded = await loadIds(holder, ids);
  const known = (id: string) => holder.cache.nodes.has(id);
  const kept = walkthroughs.map((w) => ({ ...w, steps: w.steps.map((s) => ({ ...s, focus: s.focus.filter(known) })) }));
  return { walkthroughs: kept, missing: loaded.missing };
}

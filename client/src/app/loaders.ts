import { fetchBureaus } from '../api/bureaus.js';
import { fetchCitations, fetchFirstDocumentId } from '../api/citations.js';
import { fetchDocument, type DocumentRecord } from '../api/documentText.js';
import { ApiError } from '../api/graphqlRequest.js';
import { fetchNeighborhood } from '../api/neighborhood.js';
import { fetchPaths } from '../api/paths.js';
import type { SubgraphRecord } from '../api/records.js';
import { fetchSharedByBureaus } from '../api/sharedByBureaus.js';
import { fetchWalkthroughs, type WalkthroughRecord } from '../api/walkthroughs.js';
import { mergeEntities, mergeSubgraph, type GraphCache } from '../graph/graphCache.js';
import type { Citation } from '../reading/segmentText.js';

// API calls that feed the cache: each takes the cache and returns a new one with what it learnt.

export interface Overview {
  cache: GraphCache;
  /** Bureaus, the entities their pledges share, and those pledges. */
  ids: string[];
  sharedCount: number;
}

/** The first screen: every bureau plus what the pledges of two or more of them point to. */
export async function loadOverview(cache: GraphCache): Promise<Overview> {
  const [shared, bureaus] = await Promise.all([fetchSharedByBureaus(2), fetchBureaus()]);
  const ids = new Set(bureaus.map((b) => b.id));
  for (const s of shared) {
    ids.add(s.entity.id);
    for (const b of s.bureaus) ids.add(b.id);
    for (const p of s.pledges) ids.add(p.id);
  }
  let next = mergeEntities(cache, [...bureaus, ...shared.flatMap((s) => [s.entity, ...s.bureaus, ...s.pledges])]);
  // The relationships among them (and the adjacency of each, for badges and details).
  if (ids.size) next = mergeSubgraph(next, await fetchNeighborhood([...ids], 1), ids);
  return { cache: next, ids: [...ids], sharedCount: shared.length };
}

/**
 * Entities named by a link, with their relationships. A link outlives the data it was made
 * from: ids the graph no longer holds are dropped (the server names them) and returned, so
 * that the rest of the view still opens and the user is told what is missing.
 */
export async function loadIds(cache: GraphCache, ids: string[]): Promise<{ cache: GraphCache; missing: string[] }> {
  // The bureaus are always known, as after the overview: every pledge names its bureau.
  cache = mergeEntities(cache, await fetchBureaus());
  const missing: string[] = [];
  let wanted = ids.slice(0, 200);
  while (wanted.length) {
    try {
      return { cache: mergeSubgraph(cache, await fetchNeighborhood(wanted, 1), wanted), missing };
    } catch (error) {
      const unknown = error instanceof ApiError && error.code === 'NOT_FOUND' && Array.isArray(error.extensions.ids) ? (error.extensions.ids as string[]) : [];
      // Anything else (or a NOT_FOUND naming nothing we asked for) is a real failure.
      if (!unknown.some((id) => wanted.includes(id))) throw error;
      missing.push(...unknown.filter((id) => wanted.includes(id)));
      wanted = wanted.filter((id) => !unknown.includes(id));
    }
  }
  return { cache, missing };
}

/** Makes sure the cache knows every relationship of `id` (expansion, details). */
export async function ensureAdjacency(cache: GraphCache, id: string): Promise<GraphCache> {
  if (cache.complete.has(id)) return cache;
  return mergeSubgraph(cache, await fetchNeighborhood([id], 1), [id]);
}

/** The source document and every span of it the graph cites: what the reading view shows. */
export async function loadReadingMaterial(): Promise<{ doc: DocumentRecord; citations: Citation[] } | null> {
  const id = await fetchFirstDocumentId();
  if (!id) return null;
  const [doc, citations] = await Promise.all([fetchDocument(id), fetchCitations(id)]);
  return doc ? { doc, citations } : null;
}

export interface PathResult {
  key: string;
  paths: SubgraphRecord[];
}

export async function loadPaths(cache: GraphCache, from: string, to: string): Promise<{ cache: GraphCache; result: PathResult }> {
  const paths = await fetchPaths(from, to);
  let next = cache;
  for (const path of paths) next = mergeSubgraph(next, path);
  return { cache: next, result: { key: `${from}>${to}`, paths } };
}

/**
 * Every walkthrough, with the nodes of all its steps loaded at once: stepping is then a
 * redraw, not a request, so a presenter pressing the clicker twice never races two loads.
 * Focus ids the graph does not hold are dropped from the steps and returned.
 */
export async function loadWalkthroughs(cache: GraphCache): Promise<{ cache: GraphCache; walkthroughs: WalkthroughRecord[]; missing: string[] }> {
  const walkthroughs = await fetchWalkthroughs();
  const ids = [...new Set(walkthroughs.flatMap((w) => w.steps.flatMap((s) => s.focus)))];
  if (!ids.length) return { cache, walkthroughs, missing: [] };
  const loaded = await loadIds(cache, ids);
  const known = (id: string) => loaded.cache.nodes.has(id);
  const kept = walkthroughs.map((w) => ({ ...w, steps: w.steps.map((s) => ({ ...s, focus: s.focus.filter(known) })) }));
  return { cache: loaded.cache, walkthroughs: kept, missing: loaded.missing };
}

import type { EntityRecord } from '../api/records.js';
import { incidentEdges, type GraphCache } from './graphCache.js';

export interface PledgedBy {
  bureauId: string;
  /** That bureau's pledges naming the entity, in reading order of the cache. */
  pledges: EntityRecord[];
}

/**
 * Which bureaus pledged something about an entity, and with which pledges: the analyst's
 * "who promised what about this project?" in one place instead of one click per pledge.
 * A pledge knows its bureau (bureauId), so the answer needs only the entity's own
 * relationships. Empty for a pledge or a bureau (their own panels say it directly).
 */
export function pledgedBy(cache: GraphCache, id: string): PledgedBy[] {
  const kind = cache.nodes.get(id)?.kind;
  if (!kind || kind === 'PLEDGE' || kind === 'BUREAU') return [];
  const byBureau = new Map<string, EntityRecord[]>();
  for (const { other } of incidentEdges(cache, id)) {
    const pledge = cache.nodes.get(other);
    if (pledge?.kind !== 'PLEDGE' || !pledge.bureauId) continue;
    const list = byBureau.get(pledge.bureauId) ?? [];
    if (!list.some((p) => p.id === pledge.id)) list.push(pledge);
    byBureau.set(pledge.bureauId, list);
  }
  // Most pledges first: the bureau most engaged with the entity leads.
  return [...byBureau]
    .map(([bureauId, pledges]) => ({ bureauId, pledges }))
    .sort((a, b) => b.pledges.length - a.pledges.length || a.bureauId.localeCompare(b.bureauId));
}

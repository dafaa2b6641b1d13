import type { CypherQuery } from '../db/CypherQuery.js';
import { chineseQuery, englishQuery } from '../search/luceneQueries.js';
import { normalizeForSearch } from '../search/normalizeForSearch.js';
import { nodeProjection } from './fragments.js';

export interface SearchArgs {
  text: string;
  kinds: string[] | null;
  limit: number;
}

/** How many candidates each full-text index contributes before ranking and the limit. */
export const CANDIDATES = 200;

/**
 * Ranked search in one query. Tiers: 4 exact name (Chinese or English), 3 exact alias, 2 prefix
 * of a name or alias, 1 substring of one (all on the normalised names, served by the text
 * index on searchKey), then below 1 full-text hits on words and summaries, by Lucene score.
 * Ties: shorter name first, then id, so the order is stable.
 */
export function searchQuery({ text, kinds, limit }: SearchArgs): CypherQuery {
  const key = normalizeForSearch(text);
  const zh = chineseQuery(text);
  const en = englishQuery(text);
  const branches: string[] = [];
  if (key) {
    branches.push(`
  MATCH (n:Entity) WHERE n.searchKey CONTAINS $key
  RETURN n, CASE
    WHEN n.searchNames[0] = $key OR n.searchNames[1] = $key THEN 4.0
    WHEN n.searchKey CONTAINS ('|' + $key + '|') THEN 3.0
    WHEN n.searchKey CONTAINS ('|' + $key) THEN 2.0
    ELSE 1.0 END AS score`);
  }
  for (const [index, query] of [
    ['entity_text_zh', zh],
    ['entity_text_en', en],
  ] as const) {
    if (!query) continue;
    branches.push(`
  CALL db.index.fulltext.queryNodes('${index}', $${index === 'entity_text_zh' ? 'zh' : 'en'}, { limit: ${CANDIDATES} }) YIELD node AS n, score AS lucene
  RETURN n, lucene / (1.0 + lucene) AS score`);
  }
  if (branches.length === 0) return { cypher: 'RETURN [] AS hits', params: {} };
  return {
    cypher: `
CALL {${branches.join('\n  UNION ALL')}
}
WITH n, max(score) AS score
WHERE $kinds IS NULL OR n.kind IN $kinds
WITH n, score ORDER BY score DESC, size(n.name), n.id
LIMIT $limit
RETURN collect({ entity: ${nodeProjection('n')}, score: score }) AS hits`.trim(),
    params: { key, zh, en, kinds, limit },
  };
}

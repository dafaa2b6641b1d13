import type { CypherQuery } from '../db/CypherQuery.js';
import { kindsNamedBy } from '../search/kindsNamedBy.js';
import { latinWords } from '../search/latinWords.js';
import { chineseQuery, englishQuery } from '../search/luceneQueries.js';
import { normalizeForSearch } from '../search/normalizeForSearch.js';
import { documentFound, inScope, isScoped, nodeProjection, NO_SCOPE, type DocumentScope } from './fragments.js';

export interface SearchArgs {
  text: string;
  kinds: string[] | null;
  limit: number;
  /** Only entities citing these documents (absent: all). */
  scope?: DocumentScope;
}

/** How many candidates each full-text index contributes before ranking and the limit. */
export const CANDIDATES = 200;

/**
 * Ranked search in one query, in tiers:
 * - 4 exact name (Chinese or English), 3 exact alias, 2 prefix of a name or alias (all on the
 *   normalised names: the text index on searchKey); for latin text a prefix is 1.5, among the
 *   name words below, so that a name which merely starts with the word ("Park in Jining") does
 *   not outrank one the word names ("Citizen Park");
 * - 1 a substring of a name, for text with Chinese (泗河口 in 泗河口港). Latin text matches
 *   whole words instead, never inside one: "port" is not in "support";
 * - 1 to 1.9 English name words (the entity_name_en index, then nameWords): a query word equal
 *   to a name word counts twice a prefix of one ("park" in Citizen Park, against "Parking"),
 *   plus one when it is the name's head noun and one when the query names the entity's kind
 *   (kindsNamedBy), over the most a query of that many words can get;
 * - 1.5 whole pinyin or initials of a Chinese name or of a run of its syllables, 1.2 a prefix of
 *   one (pinyinKey: "sihekou gang", "xunfei", "fuxing lu", "shk"), for latin text of 2+ letters;
 * - below 1 full-text hits on words and summaries, by Lucene score.
 * Ties: bureaus first, pledges and the document last (a name beats a sentence that mentions
 * it), then shorter name, then id, so the order is stable.
 */
export function searchQuery({ text, kinds, limit, scope = NO_SCOPE }: SearchArgs): CypherQuery {
  const key = normalizeForSearch(text);
  const latin = /^[a-z0-9]+$/.test(key);
  const zh = chineseQuery(text);
  const en = englishQuery(text);
  const words = [...new Set(latinWords(text))];
  const branches: string[] = [];
  if (key) {
    branches.push(`
  MATCH (n:Entity) WHERE n.searchKey CONTAINS ${latin ? "('|' + $key)" : '$key'}
  RETURN n, CASE
    WHEN n.searchNames[0] = $key OR n.searchNames[1] = $key THEN 4.0
    WHEN n.searchKey CONTAINS ('|' + $key + '|') THEN 3.0
    WHEN n.searchKey CONTAINS ('|' + $key) THEN ${latin ? '1.5' : '2.0'}
    ELSE 1.0 END AS score`);
  }
  if (latin && key.length > 1) {
    branches.push(`
  MATCH (n:Entity) WHERE n.pinyinKey CONTAINS ('|' + $key)
  RETURN n, CASE WHEN n.pinyinKey CONTAINS ('|' + $key + '|') THEN 1.5 ELSE 1.2 END AS score`);
  }
  if (en) {
    branches.push(`
  CALL db.index.fulltext.queryNodes('entity_name_en', $en, { limit: ${CANDIDATES} }) YIELD node AS n
  WITH n, [w IN $words WHERE w IN n.nameWords] AS whole
  WITH n, whole, [w IN $words WHERE size(w) > 1 AND NOT w IN whole AND any(t IN n.nameWords WHERE t STARTS WITH w)] AS prefix
  RETURN n, 1.0 + 0.9 * (2 * size(whole) + size(prefix)
    + CASE WHEN any(w IN whole WHERE w IN n.nameHeads) THEN 1 ELSE 0 END
    + CASE WHEN n.kind IN $named THEN 1 ELSE 0 END) / (2.0 * size($words) + 2.0) AS score`);
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
  // Added only when asked for, so the unscoped query (and its plan) stays as it was.
  const scoped = isScoped(scope);
  const hits = `collect({ entity: ${nodeProjection('n')}, score: score })`;
  if (branches.length === 0) return { cypher: `RETURN [] AS hits${scoped ? `, ${documentFound} AS documentFound` : ''}`, params: scoped ? { ...scope } : {} };
  return {
    cypher: `
CALL {${branches.join('\n  UNION ALL')}
}
WITH n, max(score) AS score
WHERE ${scoped ? `($kinds IS NULL OR n.kind IN $kinds)\n  AND ${inScope('n')}` : '$kinds IS NULL OR n.kind IN $kinds'}
WITH n, score ORDER BY score DESC, CASE n.kind WHEN 'BUREAU' THEN 0 WHEN 'PLEDGE' THEN 2 WHEN 'DOCUMENT' THEN 2 ELSE 1 END, size(n.name), n.id
LIMIT $limit
${
  // Beside an aggregate, documentFound would be a grouping key: no hit, no row. So it comes after.
  scoped ? `WITH ${hits} AS hits\nRETURN hits, ${documentFound} AS documentFound` : `RETURN ${hits} AS hits`
}`.trim(),
    params: { key, zh, en, words, named: kindsNamedBy(words), kinds, limit, ...(scoped ? scope : {}) },
  };
}

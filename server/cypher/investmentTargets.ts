import type { CypherQuery } from '../db/CypherQuery.js';
import { afterFound, limitClause, limitParam, projectionOf, type Page } from './fragments.js';

/**
 * Enterprises and institutions that pledges court (TARGETS) or partner with (PARTNERS), one entry
 * per bureau (byBureau: its pledges, the relationships with their quotes, and the places or
 * projects those pledges court them for, DESTINED_FOR), with the enterprise's own SETTLES_IN,
 * OPERATES and LOCATED_IN relationships (own), so that a destination is known wherever the graph
 * knows one. Stages and the merged lists are derived in resolvers/investmentTargets.ts.
 * `bureauFound` tells an unknown bureau id from a bureau that courts no one, `afterFound` an
 * unknown `after` from a last page; `bureaus` are the properties of every bureau, which
 * readInvestmentTargets joins to the rows' `bureauId`. One bureau's targets start from that
 * bureau (not from every bureau's pledges, filtered after).
 * The page is chosen first (distinct enterprises by name and id, a keyset after `after`), and
 * only its enterprises are gathered: a hub bureau courts thousands.
 * `withQuotes: false` leaves out the relationships' quotes (over half of the bytes a hub bureau's
 * answer carries), for requests that select neither them nor a stage (read from quotes); `props`
 * names the nodes' stored properties to read (all an answer may need without it).
 */
export function investmentTargetsQuery(
  bureauId: string | null,
  { withQuotes = true, props, limit = null, after = null }: { withQuotes?: boolean; props?: readonly string[] } & Page = {},
): CypherQuery {
  const project = projectionOf(props);
  const quotes = (r: string) => (withQuotes ? `${r}.sources` : 'null');
  return {
    cypher: `
OPTIONAL MATCH (bureau:Bureau {id: $bureauId})
OPTIONAL MATCH (cursor:Entity {id: $after})
CALL {
  WITH bureau, cursor
  ${bureauId === null ? 'MATCH (:Bureau)' : 'WITH bureau, cursor WHERE bureau IS NOT NULL\n  MATCH (bureau)'}-[:MADE]->(:Pledge)-[:TARGETS|PARTNERS]->(e:Entity)
  WHERE (e:Enterprise OR e:Institution)${after === null ? '' : '\n    AND (e.name > cursor.name OR (e.name = cursor.name AND e.id > cursor.id))'}
  WITH DISTINCT bureau, e
  ORDER BY e.name, e.id${limitClause(limit, '  ')}
  MATCH (e)<-[rel:TARGETS|PARTNERS]-(p:Pledge)<-[:MADE]-(b:Bureau)
  WHERE bureau IS NULL OR b = bureau
  OPTIONAL MATCH (p)-[:DESTINED_FOR]->(d:Entity)
  WITH e, b, p, rel, d ORDER BY b.id, p.position, d.position
  WITH e, b, collect(DISTINCT p) AS pledges, collect(DISTINCT d) AS destinations,
       collect(DISTINCT { type: type(rel), pledgeId: p.id, sources: ${quotes('rel')} }) AS relations
  ORDER BY b.id
  WITH e, collect({
    bureauId: b.id,
    pledges: [p IN pledges | ${project('p')}],
    relations: relations,
    destinations: [d IN destinations | ${project('d')}]
  }) AS byBureau
  OPTIONAL MATCH (e)-[own:SETTLES_IN|OPERATES|LOCATED_IN]->(x:Entity)
  WITH e, byBureau, own, x ORDER BY x.position, x.id
  WITH e, byBureau, collect(CASE WHEN own IS NULL THEN null ELSE { type: type(own), sources: ${quotes('own')}, target: ${project('x')} } END) AS own
  ORDER BY e.name, e.id
  RETURN collect({ enterprise: ${project('e')}, byBureau: byBureau, own: own }) AS targets
}
// Each bureau's properties once, not once per company it courts (a hub courts thousands).
CALL {
  MATCH (b:Bureau)
  RETURN collect(${project('b')}) AS bureaus
}
RETURN $bureauId IS NULL OR bureau IS NOT NULL AS bureauFound, ${afterFound}, targets, bureaus`.trim(),
    params: { bureauId, after, ...limitParam(limit) },
  };
}

import type { CypherQuery } from '../db/CypherQuery.js';
import { nodeProjection } from './fragments.js';

/**
 * Enterprises and institutions that pledges court (TARGETS) or partner with (PARTNERS), with
 * the bureaus and pledges involved and the places or projects those pledges court them for
 * (DESTINED_FOR). `bureauFound` tells an unknown bureau id from a bureau that courts no one.
 */
export function investmentTargetsQuery(bureauId: string | null): CypherQuery {
  return {
    cypher: `
OPTIONAL MATCH (bureau:Bureau {id: $bureauId})
CALL {
  WITH bureau
  MATCH (b:Bureau)-[:MADE]->(p:Pledge)-[rel:TARGETS|PARTNERS]->(e:Entity)
  WHERE (e:Enterprise OR e:Institution) AND ($bureauId IS NULL OR b = bureau)
  OPTIONAL MATCH (p)-[:DESTINED_FOR]->(d:Entity)
  WITH e, b, p, rel, d ORDER BY b.id, p.position, d.position
  WITH e, collect(DISTINCT b) AS bureaus, collect(DISTINCT p) AS pledges, collect(DISTINCT d) AS destinations,
       collect(DISTINCT type(rel)) AS relations
  RETURN collect({
    enterprise: ${nodeProjection('e')},
    bureaus: [b IN bureaus | properties(b)],
    pledges: [p IN pledges | properties(p)],
    destinations: [d IN destinations | ${nodeProjection('d')}],
    relations: relations
  }) AS targets
}
RETURN $bureauId IS NULL OR bureau IS NOT NULL AS bureauFound, targets`.trim(),
    params: { bureauId },
  };
}

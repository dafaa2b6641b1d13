import { describe, expect, it } from 'vitest';
import { documentsQuery } from '../../../server/cypher/documents.js';
import { neighborhoodQuery } from '../../../server/cypher/neighborhood.js';
import { searchQuery } from '../../../server/cypher/search.js';

const scope = { documentId: 'document:b', from: null, to: null };

describe('reads limited to a document or a date range', () => {
  it('leaves the unscoped queries as they were', () => {
    expect(searchQuery({ text: '港', kinds: null, limit: 5 })).toEqual(
      searchQuery({ text: '港', kinds: null, limit: 5, scope: { documentId: null, from: null, to: null } }),
    );
    expect(searchQuery({ text: '港', kinds: null, limit: 5 }).cypher).not.toContain('documentIds');
    expect(neighborhoodQuery({ ids: ['a:b'], depth: 1, kinds: null, limit: 5 }).cypher).not.toContain('documentIds');
  });

  it('keeps search hits citing the scope, and tells an unknown document', () => {
    const { cypher, params } = searchQuery({ text: '港', kinds: null, limit: 5, scope });
    expect(params).toMatchObject(scope);
    expect(cypher).toContain(`WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND any(docId IN coalesce(n.documentIds, []) + coalesce(n.userDocumentIds, []) WHERE ($documentId IS NULL OR docId = $documentId)`);
    expect(cypher).toMatch(
      /AS hits\nRETURN hits, \(\$documentId IS NULL OR EXISTS \{ MATCH \(d:Entity \{id: \$documentId\}\) WHERE d:Document \}\) AS documentFound$/,
    );
  });

  it('filters the neighbourhood’s nodes (not the given ids) and its relationships', () => {
    const { cypher, params } = neighborhoodQuery({
      ids: ['a:b'],
      depth: 1,
      kinds: null,
      limit: 5,
      scope: { documentId: null, from: '2023-06-01', to: '2023-12-31' },
    });
    expect(params).toMatchObject({ from: '2023-06-01', to: '2023-12-31', documentId: null });
    expect(cypher).toContain(
      '[x IN found WHERE x.distance = 0 OR (($kinds IS NULL OR x.node.kind IN $kinds) AND any(docId IN coalesce(x.node.documentIds, [])',
    );
    expect(cypher).toContain('WHERE b IN nodes AND any(docId IN coalesce(r.documentIds, [])');
    expect(cypher).toContain('d.date >= $from');
  });

  it('lists documents newest first with what cites them', () => {
    expect(documentsQuery().cypher).toMatchInlineSnapshot(`
      "MATCH (d:Document)
      CALL {
        WITH d
        OPTIONAL MATCH (n:Entity) WHERE NOT n:Document AND (d.id IN coalesce(n.documentIds, []) OR d.id IN coalesce(n.userDocumentIds, []))
        RETURN count(n) AS entities, count(CASE WHEN n:Pledge THEN 1 END) AS pledges,
               collect([s IN coalesce(n.seedStatusHistory, []) + coalesce(n.statusHistory, []) WHERE s CONTAINS ('"documentId":"' + d.id + '"') | { pledge: n.id, change: s }]) AS statusChanges
      }
      CALL {
        WITH d
        OPTIONAL MATCH (:Entity)-[r]->(:Entity) WHERE (d.id IN coalesce(r.documentIds, []) OR d.id IN coalesce(r.userDocumentIds, []))
        RETURN count(r) AS relationships
      }
      WITH d, entities, pledges, statusChanges, relationships ORDER BY d.date DESC, d.id
      RETURN collect({
        id: d.id, title: d.title, date: d.date, source: d.source, language: d.language, sha256: d.sha256,
        origin: coalesce(d.origin, 'SEED'), chars: size(d.text),
        entities: entities, pledges: pledges, statusChanges: statusChanges, relationships: relationships
      }) AS documents"
    `);
  });
});

import { describe, expect, it } from 'vitest';
import {
  addEntitySourcesQuery,
  addRelationshipsQuery,
  addStatusChangesQuery,
  createDocumentQuery,
  createEntitiesQuery,
  documentBySha256Query,
  takenEntityIdsQuery,
} from '../../../server/cypher/ingest.js';

describe('ingest builders', () => {
  it('finds or creates the document by its text, never MERGEing over another', () => {
    expect(documentBySha256Query('ab').cypher).toMatchInlineSnapshot(`"MATCH (d:Document {sha256: $sha256}) RETURN properties(d) AS document"`);
    expect(createDocumentQuery({ id: 'document:ab' })).toMatchInlineSnapshot(`
      {
        "cypher": "CREATE (d:Entity:Document) SET d = $props RETURN properties(d) AS document",
        "params": {
          "props": {
            "id": "document:ab",
          },
        },
      }
    `);
  });

  it('looks up taken ids once for every base, and creates entities with the label spliced from the closed set', () => {
    expect(takenEntityIdsQuery(['place:a']).cypher).toMatchInlineSnapshot(
      `"UNWIND $bases AS base MATCH (n:Entity) WHERE n.id = base OR n.id STARTS WITH base + '-' RETURN collect(DISTINCT n.id) AS taken"`,
    );
    expect(createEntitiesQuery('Place', [{ props: { id: 'place:a' } }]).cypher).toMatchInlineSnapshot(
      `"UNWIND $rows AS row CREATE (n:Entity) SET n = row.props, n:Place RETURN count(n) AS written"`,
    );
  });

  it('appends spans, relationships and status changes in Cypher, counting what it found', () => {
    expect(addEntitySourcesQuery([]).cypher).toMatchInlineSnapshot(`
      "UNWIND $rows AS row MATCH (n:Entity {id: row.id}) SET n.userSources = coalesce(n.userSources, []) + row.spans,
          n.userDocumentIds = CASE WHEN row.documentId IN coalesce(n.userDocumentIds, []) THEN n.userDocumentIds ELSE coalesce(n.userDocumentIds, []) + row.documentId END RETURN count(n) AS written"
    `);
    expect(addRelationshipsQuery('CONCERNS', []).cypher).toMatchInlineSnapshot(`
      "UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
      MERGE (a)-[r:CONCERNS]->(b)
      ON CREATE SET r += row.props, r.id = row.id, r.origin = 'USER', r.sources = '[]', r.documentIds = []
      SET r.userSources = coalesce(r.userSources, []) + row.spans,
          r.userDocumentIds = CASE WHEN row.documentId IN coalesce(r.userDocumentIds, []) THEN r.userDocumentIds ELSE coalesce(r.userDocumentIds, []) + row.documentId END
      RETURN count(r) AS written"
    `);
    expect(addStatusChangesQuery([]).cypher).toMatchInlineSnapshot(`
      "UNWIND $rows AS row MATCH (p:Pledge {id: row.id})
      SET p.statusHistory = coalesce(p.statusHistory, []) + row.change,
          p.userDocumentIds = CASE WHEN row.documentId IN coalesce(p.userDocumentIds, []) THEN p.userDocumentIds ELSE coalesce(p.userDocumentIds, []) + row.documentId END
      RETURN count(p) AS written"
    `);
  });
});

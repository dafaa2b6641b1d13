import { describe, expect, it } from 'vitest';
import { citationsQuery } from '../../../server/cypher/citations.js';

describe('citationsQuery', () => {
  it('finds every span of a document that a node or relationship cites', () => {
    expect(citationsQuery('document:taibai-2023-pledges')).toMatchInlineSnapshot(`
      {
        "cypher": "OPTIONAL MATCH (d:Document {id: $documentId})
      CALL {
        MATCH (n:Entity) WHERE n.sources CONTAINS $needle OR $documentId IN coalesce(n.documentIds, []) OR $documentId IN coalesce(n.userDocumentIds, [])
        RETURN collect({ entityId: n.id, sources: n.sources, userSources: n.userSources, statusHistory: n.statusHistory, seedStatusHistory: n.seedStatusHistory }) AS nodes
      }
      CALL {
        MATCH (:Entity)-[r]->(:Entity) WHERE r.sources CONTAINS $needle OR $documentId IN coalesce(r.userDocumentIds, [])
        RETURN collect({ edgeId: r.id, sources: r.sources, userSources: r.userSources }) AS edges
      }
      RETURN d IS NOT NULL AS found, nodes + edges AS citing",
        "params": {
          "documentId": "document:taibai-2023-pledges",
          "needle": ""document:taibai-2023-pledges"",
        },
      }
    `);
  });
});

import { describe, expect, it } from 'vitest';
import { documentQuery, entityQuery } from '../../../server/cypher/entity.js';

describe('entityQuery and documentQuery', () => {
  it('read one node by id', () => {
    expect(entityQuery('place:shiqiao')).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (n:Entity {id: $id}) RETURN properties(n) AS node",
        "params": {
          "id": "place:shiqiao",
        },
      }
    `);
    expect(documentQuery('document:taibai-2023-pledges')).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (n:Document {id: $id}) RETURN properties(n) AS node",
        "params": {
          "id": "document:taibai-2023-pledges",
        },
      }
    `);
  });
});

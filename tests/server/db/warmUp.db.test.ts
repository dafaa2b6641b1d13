import { describe, expect, it } from 'vitest';
import type { CypherQuery } from '../../../server/db/CypherQuery.js';
import { warmUp } from '../../../server/db/warmUp.js';
import { testExecutor } from '../../helpers/testExecutor.js';

describe('warmUp', () => {
  it('runs every query shape of the first screen once, reads only', async () => {
    const queries: CypherQuery[] = [];
    const executor = testExecutor(undefined, (query) => queries.push(query));
    try {
      await warmUp(executor);
      const text = queries.map((q) => q.cypher).join('\n');
      // entities, shared (with and without pledges), targets, walkthroughs, three search
      // variants, the bureaus' neighbourhood, document, citations
      expect(queries.length).toBe(11);
      // Plans are cached by text: the same text twice would be work for nothing.
      expect(new Set(queries.map((q) => q.cypher)).size).toBe(queries.length);
      for (const fragment of [
        'db.index.fulltext.queryNodes',
        'e.bureauCount >= $minBureaus',
        'MATCH (:Bureau)-[:MADE]->(:Pledge)-[:TARGETS|PARTNERS]->(e:Entity)',
        'MATCH (w:Walkthrough) RETURN',
        'MATCH (f)--(n:Entity)',
        'MATCH (n:Document {id: $id})',
        'n.sources CONTAINS $needle',
      ]) {
        expect(text).toContain(fragment);
      }
    } finally {
      await executor.close();
    }
  });
});

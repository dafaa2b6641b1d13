import { describe, expect, it } from 'vitest';
import { graphWriteQueries, schemaQueries } from '../../../server/load/loadQueries.js';

describe('loader Cypher', () => {
  it('creates the constraint and indexes idempotently', () => {
    const queries = schemaQueries();
    for (const { cypher } of queries) expect(cypher).toContain('IF NOT EXISTS');
    expect(queries.map((q) => q.cypher)).toMatchSnapshot();
  });

  it('replaces the graph: delete what is gone, MERGE the rest by id, labels and types from the closed sets', () => {
    const queries = graphWriteQueries({
      nodes: [
        { id: 'bureau:a', label: 'Bureau', props: { id: 'bureau:a', name: '甲' } },
        { id: 'pledge:b', label: 'Pledge', props: { id: 'pledge:b', name: '乙', target: 10 } },
      ],
      edges: [{ id: 'bureau:a|MADE|pledge:b', type: 'MADE', from: 'bureau:a', to: 'pledge:b', props: { id: 'bureau:a|MADE|pledge:b' } }],
      walkthroughs: [{ id: 'walkthrough:w', props: { title: 'W', steps: '[]' } }],
    });
    expect(queries).toMatchSnapshot();
  });

  it('batches large graphs in UNWIND statements of at most 500 rows', () => {
    const nodes = Array.from({ length: 1201 }, (_, i) => ({ id: `place:p${i}`, label: 'Place' as const, props: { id: `place:p${i}` } }));
    const batches = graphWriteQueries({ nodes, edges: [], walkthroughs: [] }).filter((q) => q.cypher.includes('n:Place'));
    expect(batches.map((q) => (q.params.rows as unknown[]).length)).toEqual([500, 500, 201]);
  });
});

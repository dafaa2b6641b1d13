import { describe, expect, it } from 'vitest';
import type { SeedGraph } from '../../../server/load/SeedGraph.js';
import { storedGraphDiff } from '../../../server/load/storedGraphDiff.js';

const graph: SeedGraph = {
  nodes: [
    { id: 'bureau:a', label: 'Bureau', props: {} },
    { id: 'pledge:b', label: 'Pledge', props: {} },
  ],
  edges: [{ id: 'bureau:a|MADE|pledge:b', type: 'MADE', from: 'bureau:a', to: 'pledge:b', props: {} }],
  walkthroughs: [{ id: 'walkthrough:w', props: {} }],
};
const stored = { hash: 'h', nodes: ['bureau:a|Bureau', 'pledge:b|Pledge'], edges: ['bureau:a|MADE|pledge:b'], walkthroughs: ['walkthrough:w'] };

describe('storedGraphDiff', () => {
  it('finds nothing when hash, entities with their kinds, relationships and walkthroughs all match', () => {
    expect(storedGraphDiff(stored, graph, 'h')).toBeNull();
  });

  it('says why a load is needed', () => {
    expect(storedGraphDiff({ ...stored, hash: null }, graph, 'h')).toBe('nothing was loaded yet');
    expect(storedGraphDiff(stored, graph, 'other')).toBe('the seed files (or what the loader derives from them) changed since the last load');
    expect(storedGraphDiff({ ...stored, nodes: ['bureau:a|Bureau', 'pledge:b|Project', 'place:x|Place'] }, graph, 'h')).toBe(
      'the stored graph differs from the seeds: entities: 1 of 2 missing, 2 not in the seeds',
    );
    expect(storedGraphDiff({ ...stored, edges: [], walkthroughs: [] }, graph, 'h')).toBe(
      'the stored graph differs from the seeds: relationships: 1 of 1 missing; walkthroughs: 1 of 1 missing',
    );
  });
});

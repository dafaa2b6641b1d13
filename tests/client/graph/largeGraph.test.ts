import { describe, expect, it } from 'vitest';
import { isLargeGraph, LARGE_GRAPH } from '../../../client/src/graph/largeGraph.js';
import { FCOSE_DEFAULTS, layoutOptions } from '../../../client/src/graph/layouts.js';

describe('large-graph settings', () => {
  it('apply from the threshold on, never to the article-sized graphs', () => {
    expect(isLargeGraph(200)).toBe(false);
    expect(isLargeGraph(LARGE_GRAPH.minNodes - 1)).toBe(false);
    expect(isLargeGraph(LARGE_GRAPH.minNodes)).toBe(true);
    expect(isLargeGraph(10_000)).toBe(true);
  });

  it('leave a small graph’s layouts exactly as they were', () => {
    expect(layoutOptions('fcose', [], 150)).toBe(FCOSE_DEFAULTS);
    expect(layoutOptions('fcose', [])).toBe(FCOSE_DEFAULTS);
  });

  it('lay a large graph out without animation and without counting labels, whichever layout', () => {
    for (const name of ['fcose', 'concentric', 'breadthfirst'] as const) {
      const options = layoutOptions(name, [], 5_000) as { name: string; animate: boolean; nodeDimensionsIncludeLabels: boolean };
      expect(options.animate).toBe(false);
      expect(options.nodeDimensionsIncludeLabels).toBe(false);
      expect(options.name).toBe(layoutOptions(name, [], 10).name);
    }
    expect(layoutOptions('fcose', [], 5_000)).toMatchObject({ quality: FCOSE_DEFAULTS.quality, idealEdgeLength: FCOSE_DEFAULTS.idealEdgeLength });
  });
});

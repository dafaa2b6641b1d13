import { describe, expect, it } from 'vitest';
import { chooseExpansion } from '../../../client/src/graph/chooseExpansion.js';
import { emptyCache, mergeSubgraph } from '../../../client/src/graph/graphCache.js';
import { edge, entity } from './fixtures.js';

// A bureau with 30 pledges, 2 places and an enterprise around it.
const pledges = Array.from({ length: 30 }, (_, i) => entity(`pledge:${String(i).padStart(2, '0')}`, 'PLEDGE'));
const others = [entity('place:a', 'PLACE'), entity('place:b', 'PLACE'), entity('enterprise:z', 'ENTERPRISE')];
const cache = mergeSubgraph(
  emptyCache(),
  {
    nodes: [entity('bureau:b', 'BUREAU'), ...pledges, ...others],
    edges: [...pledges.map((p) => edge('bureau:b', 'MADE', p.id)), ...others.map((o) => edge(o.id, 'LOCATED_IN', 'bureau:b'))],
    truncated: false,
  },
  ['bureau:b'],
);

describe('choosing what an expansion adds', () => {
  it('adds at most the limit, by kind order, and keeps the rest by kind for the "+N more" chooser', () => {
    const { add, rest, restCount } = chooseExpansion(cache, 'bureau:b', ['bureau:b'], 25);
    expect(add).toHaveLength(25);
    expect(add.every((id) => id.startsWith('pledge:'))).toBe(true);
    expect(restCount).toBe(33 - 25);
    expect(rest.PLEDGE).toHaveLength(5);
    expect(rest.PLACE).toEqual(['place:a', 'place:b']);
    expect(rest.ENTERPRISE).toEqual(['enterprise:z']);
  });

  it('never re-adds what is on the canvas, and adds everything when under the limit', () => {
    const visible = ['bureau:b', ...pledges.map((p) => p.id)];
    const { add, restCount } = chooseExpansion(cache, 'bureau:b', visible, 25);
    expect(add.sort()).toEqual(['enterprise:z', 'place:a', 'place:b']);
    expect(restCount).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { edgesAmong, emptyCache, incidentEdges, mergeSubgraph, neighbourIds } from '../../../client/src/graph/graphCache.js';
import { edge, entity } from './fixtures.js';

describe('graph cache', () => {
  const b = entity('bureau:b', 'BUREAU');
  const p1 = entity('pledge:1', 'PLEDGE');
  const p2 = entity('pledge:2', 'PLEDGE');
  const made1 = edge('bureau:b', 'MADE', 'pledge:1');
  const made2 = edge('bureau:b', 'MADE', 'pledge:2');

  it('merges results without losing what it knew, and without touching the old cache', () => {
    const first = mergeSubgraph(emptyCache(), { nodes: [b, p1], edges: [made1], truncated: false }, ['bureau:b']);
    const second = mergeSubgraph(first, { nodes: [{ ...p1, summary: 'more' }, p2], edges: [made2], truncated: false });
    expect([...second.nodes.keys()].sort()).toEqual(['bureau:b', 'pledge:1', 'pledge:2']);
    expect(second.nodes.get('pledge:1')?.summary).toBe('more');
    expect(first.nodes.has('pledge:2')).toBe(false);
    expect(neighbourIds(second, 'bureau:b').sort()).toEqual(['pledge:1', 'pledge:2']);
  });

  it("counts a node's relationships as complete only when its neighbourhood came back uncut", () => {
    const cut = mergeSubgraph(emptyCache(), { nodes: [b, p1], edges: [made1], truncated: true }, ['bureau:b']);
    expect(cut.complete.has('bureau:b')).toBe(false);
    const whole = mergeSubgraph(emptyCache(), { nodes: [b, p1], edges: [made1], truncated: false }, ['bureau:b', 'place:unknown']);
    expect([...whole.complete]).toEqual(['bureau:b']);
  });

  it('knows direction: incident edges say which way they point', () => {
    const cache = mergeSubgraph(emptyCache(), { nodes: [b, p1], edges: [made1], truncated: false });
    expect(incidentEdges(cache, 'pledge:1')).toEqual([{ edge: made1, other: 'bureau:b', outgoing: false }]);
    expect(incidentEdges(cache, 'bureau:b')[0]?.outgoing).toBe(true);
  });

  it('shows an edge only when both of its ends are shown', () => {
    const cache = mergeSubgraph(emptyCache(), { nodes: [b, p1, p2], edges: [made1, made2], truncated: false });
    expect(edgesAmong(cache, ['bureau:b', 'pledge:2'])).toEqual([made2]);
  });
});

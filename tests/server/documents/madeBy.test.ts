import { describe, expect, it } from 'vitest';
import { madeBy } from '../../../server/documents/madeBy.js';
import type { Subgraph } from '../../../server/generated/graphql.js';

const pledge = (id: string, date: string) => ({
  id,
  kind: 'PLEDGE',
  name: id,
  statusHistory: [{ status: 'pledged', date, derived: true, sources: [] }],
});
const edge = (source: string, target: string) => ({ id: `${source}|MADE|${target}`, type: 'MADE', source, target, sources: [] });
const graph = {
  nodes: [{ id: 'bureau:b', kind: 'BUREAU', name: 'b' }, pledge('pledge:january', '2023-01-29'), pledge('pledge:july', '2023-07-15')],
  edges: [edge('bureau:b', 'pledge:january'), edge('bureau:b', 'pledge:july')],
  truncated: false,
} as unknown as Subgraph;
const ids = (subgraph: Subgraph) => ({ nodes: subgraph.nodes.map((n) => n.id), edges: subgraph.edges.map((e) => e.id) });

describe('madeBy', () => {
  it('leaves out pledges made after the date, with their relationships', () => {
    expect(ids(madeBy(graph, '2023-03-01', new Set(['bureau:b'])))).toEqual({
      nodes: ['bureau:b', 'pledge:january'],
      edges: ['bureau:b|MADE|pledge:january'],
    });
  });

  it('keeps a pledge made on the date itself, and everything without a date', () => {
    expect(madeBy(graph, '2023-07-15', new Set())).toEqual(graph);
    expect(madeBy(graph, null, new Set())).toBe(graph);
  });

  it('keeps the ids asked for, whatever their date', () => {
    expect(ids(madeBy(graph, '2023-03-01', new Set(['pledge:july']))).nodes).toContain('pledge:july');
  });
});

import { describe, expect, it } from 'vitest';
import { RELATIONSHIPS } from '../../server/load/model.js';
import { subgraphOf } from '../../bench/subgraphOf.js';
import { syntheticGraph } from '../../bench/syntheticGraph.js';

const graph = syntheticGraph(5000, 1, { searchable: false });
const kindOf = new Map(graph.nodes.map((n) => [n.id, n.label]));

describe('syntheticGraph', () => {
  it('is the same graph for the same seed, and another for another seed', () => {
    expect(syntheticGraph(300, 1, { searchable: false })).toEqual(syntheticGraph(300, 1, { searchable: false }));
    expect(syntheticGraph(300, 2, { searchable: false }).edges).not.toEqual(syntheticGraph(300, 1, { searchable: false }).edges);
  });

  it('has the size asked for and about four relationships per entity, as size M needs (100k, ~400k)', () => {
    expect(Math.abs(graph.nodes.length - 5000)).toBeLessThan(10);
    const perEntity = graph.edges.length / graph.nodes.length;
    expect(perEntity).toBeGreaterThan(3.5);
    expect(perEntity).toBeLessThan(4.5);
  });

  it('only links kinds the vocabulary allows, once each, never a node to itself', () => {
    for (const edge of graph.edges) {
      const spec = RELATIONSHIPS[edge.type];
      expect(spec.from).toContain(kindOf.get(edge.from));
      expect(spec.to).toContain(kindOf.get(edge.to));
      expect(edge.from).not.toBe(edge.to);
    }
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
  });

  it('has hubs: the busiest bureau makes at least twice an even share of the pledges', () => {
    const made = new Map<string, number>();
    for (const edge of graph.edges) if (edge.type === 'MADE') made.set(edge.from, (made.get(edge.from) ?? 0) + 1);
    const even = graph.edges.filter((e) => e.type === 'MADE').length / made.size;
    expect(Math.max(...made.values())).toBeGreaterThan(2 * even);
  });

  it('names entities in Chinese and English, with aliases and quoted sources', () => {
    const [pledge] = graph.nodes.filter((n) => n.label === 'Pledge');
    expect(pledge!.props.name).toMatch(/^\p{Script=Han}+$/u);
    expect(pledge!.props.nameEn).toMatch(/^[a-z]+ [A-Za-z]+ \d+$/);
    expect(pledge!.props.aliases).toHaveLength(2);
    const [source] = JSON.parse(String(graph.edges[0]!.props.sources)) as { quote: string }[];
    expect(source!.quote).toMatch(/\p{Script=Han}/u);
  });

  it('stores the search properties the loader would, unless asked not to', () => {
    const [node] = syntheticGraph(50).nodes;
    expect(node!.props).toHaveProperty('searchKey');
    expect(node!.props).toHaveProperty('pinyinKey');
    expect(graph.nodes[0]!.props).not.toHaveProperty('searchKey');
  });
});

describe('subgraphOf', () => {
  it('takes n nodes and only the relationships among them', () => {
    const subgraph = subgraphOf(graph, 1000);
    expect(subgraph.nodes).toHaveLength(1000);
    const ids = new Set(subgraph.nodes.map((n) => n.id));
    expect(subgraph.edges.length).toBeGreaterThan(0);
    for (const edge of subgraph.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { mergeSubgraph, emptyCache } from '../../../client/src/graph/graphCache.js';
import { tableRows } from '../../../client/src/table/tableRows.js';
import { edge, entity } from '../graph/fixtures.js';

const bureau = entity('bureau:b', 'BUREAU', '建设局', 'Construction Bureau');
const pledge = {
  ...entity('pledge:p', 'PLEDGE', '建成复兴之路', 'Finish Fuxing Road'),
  bureauId: 'bureau:b',
  metric: '投资',
  comparator: '≥',
  target: 10,
  unit: '亿元',
  year: 2023,
};
const project = {
  ...entity('project:f', 'PROJECT', '复兴之路', 'Fuxing Road'),
  summary: 'A culture and technology project.',
  summaryZh: '文化科技项目',
  sources: [{ documentId: 'd', start: 5, end: 9, quote: '复兴之路项目', documentDate: null }],
};
const place = entity('place:x', 'PLACE', '泗河口');
const made = { ...edge('bureau:b', 'MADE', 'pledge:p'), sources: [{ documentId: 'd', start: 1, end: 3, quote: '建设局将', documentDate: null }] };
const concerns = edge('pledge:p', 'CONCERNS', 'project:f');
const located = edge('project:f', 'LOCATED_IN', 'place:x');
const cache = mergeSubgraph(emptyCache(), { nodes: [bureau, pledge, project, place], edges: [made, concerns, located], truncated: false });
const all = ['bureau:b', 'pledge:p', 'project:f', 'place:x'];

describe('the canvas table’s rows', () => {
  it('has one row per node and relationship on the canvas, in the page’s language', () => {
    const rows = tableRows(cache, all, [], [], 'zh');
    expect(rows.nodes.map((r) => r.id)).toEqual(all);
    expect(rows.edges.map((r) => r.id).sort()).toEqual([made.id, concerns.id, located.id].sort());
    const f = rows.nodes.find((r) => r.id === 'project:f')!;
    expect(f).toMatchObject({ name: '复兴之路', otherName: 'Fuxing Road', kind: '项目', bureau: '', summary: '文化科技项目', quote: '复兴之路项目' });
    const en = tableRows(cache, all, [], [], 'en').nodes.find((r) => r.id === 'project:f')!;
    expect(en).toMatchObject({ name: 'Fuxing Road', otherName: '复兴之路', kind: 'Project', summary: 'A culture and technology project.' });
  });

  it('gives a pledge its bureau and its numbers in place of a summary', () => {
    const p = tableRows(cache, all, [], [], 'en').nodes.find((r) => r.id === 'pledge:p')!;
    expect(p.bureau).toBe('Construction Bureau');
    expect(p.summary).toBe('投资 ≥ 10 亿元 (2023)');
  });

  it('names both ends, their kinds, the relation in words, and the bureau of a pledge at either end', () => {
    const rows = tableRows(cache, all, [], [], 'en').edges;
    expect(rows.find((r) => r.id === made.id)).toMatchObject({
      source: 'Construction Bureau',
      target: 'Finish Fuxing Road',
      sourceKind: 'Bureau',
      targetKind: 'Pledge',
      bureau: 'Construction Bureau',
      quote: '建设局将',
    });
    expect(rows.find((r) => r.id === concerns.id)!.bureau).toBe('Construction Bureau');
    expect(rows.find((r) => r.id === located.id)!.bureau).toBe('');
    expect(rows.find((r) => r.id === located.id)!.relation).not.toBe('LOCATED_IN');
  });

  it('leaves out what the filters hide, as the canvas does', () => {
    const rows = tableRows(cache, all, ['PLACE'], ['MADE'], 'zh');
    expect(rows.nodes.map((r) => r.id)).toEqual(['bureau:b', 'pledge:p', 'project:f']);
    expect(rows.edges.map((r) => r.id)).toEqual([concerns.id]);
    // Nodes known to the cache but not on the canvas are not rows.
    expect(tableRows(cache, ['project:f'], [], [], 'zh').edges).toEqual([]);
  });
});

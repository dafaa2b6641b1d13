import { describe, expect, it } from 'vitest';
import { groupRoutes, orderPath, readPath, readRoute } from '../../../client/src/graph/readPath.js';
import { edge, entity } from './fixtures.js';

// ZTO —SETTLES_IN→ Shiqiao ←DESTINED_FOR— pledge —CONCERNS→ terminal, given out of order.
const nodes = [
  entity('e:zto', 'ENTERPRISE', '中通物流', 'ZTO Express'),
  entity('p:shiqiao', 'PLACE', '石桥', 'Shiqiao'),
  entity('g:pledge', 'PLEDGE', '优化码头', 'Optimise the terminal'),
  entity('p:terminal', 'PLACE', '码头', 'Container Terminal'),
];
const path = {
  nodes,
  edges: [edge('g:pledge', 'CONCERNS', 'p:terminal'), edge('e:zto', 'SETTLES_IN', 'p:shiqiao'), edge('g:pledge', 'DESTINED_FOR', 'p:shiqiao')],
  truncated: false,
};
const names = new Map(nodes.map((n) => [n.id, n]));
const en = (id: string) => names.get(id)!.nameEn!;
const zh = (id: string) => names.get(id)!.name;

// Two paths ZTO → terminal → port that differ only in how the terminal joins the port (PART_OF / LOCATED_IN),
// and a third through the pledge that courts ZTO.
const port = entity('p:port', 'PLACE', '泗河口港', 'Sihekou Port');
const portNames = new Map([...names, ['p:port', port]]);
const sub = (...edges: ReturnType<typeof edge>[]) => ({ nodes: [...nodes, port], edges, truncated: false });
const parallel = [
  sub(edge('e:zto', 'SETTLES_IN', 'p:terminal'), edge('p:terminal', 'PART_OF', 'p:port')),
  sub(edge('e:zto', 'SETTLES_IN', 'p:terminal'), edge('p:terminal', 'LOCATED_IN', 'p:port')),
  sub(edge('g:pledge', 'TARGETS', 'e:zto'), edge('g:pledge', 'CONCERNS', 'p:port')),
].map((p) => orderPath(p, 'e:zto', 'p:port')!);

describe('reading a path out', () => {
  it('walks from one end to the other whatever the edge directions', () => {
    const steps = orderPath(path, 'e:zto', 'p:terminal')!;
    expect(steps.map((s) => s.node)).toEqual(['e:zto', 'p:shiqiao', 'g:pledge', 'p:terminal']);
    expect(steps.slice(1).map((s) => s.via!.forward)).toEqual([true, false, true]);
    expect(orderPath(path, 'e:zto', 'p:nowhere')).toBeNull();
  });

  it('says it as an English sentence, each edge in the direction it was walked', () => {
    const steps = orderPath(path, 'e:zto', 'p:terminal')!;
    expect(readPath(steps, en, 'en')).toBe(
      'ZTO Express settles in Shiqiao, which is the destination of Optimise the terminal, which concerns Container Terminal.',
    );
  });

  it('says it as a Chinese sentence of the same shape, 后者 for "which", passives with 由/承接 against the edge', () => {
    const steps = orderPath(path, 'e:zto', 'p:terminal')!;
    expect(readPath(steps, zh, 'zh')).toBe('中通物流入驻石桥，后者承接优化码头引入的企业，后者涉及码头。');
    const back = orderPath(path, 'p:terminal', 'e:zto')!;
    expect(readPath(back, zh, 'zh')).toBe('码头为优化码头所涉及，后者将企业引入石桥，后者有中通物流入驻。');
    expect(readPath(back, en, 'en')).toBe(
      'Container Terminal is the subject of Optimise the terminal, which brings companies to Shiqiao, which hosts ZTO Express.',
    );
  });

  it('starts an English sentence with a capital even when the first name is marked off in lower case', () => {
    const steps = orderPath(path, 'g:pledge', 'p:terminal')!;
    expect(readPath(steps, (id) => (id === 'g:pledge' ? `the pledge “${en(id)}”` : en(id)), 'en')).toBe(
      'The pledge “Optimise the terminal” concerns Container Terminal.',
    );
  });

  it('reads one step of an unknown relationship type without inventing a verb', () => {
    const odd = { nodes, edges: [edge('e:zto', 'SPONSORS', 'p:shiqiao')], truncated: false };
    expect(readPath(orderPath(odd, 'p:shiqiao', 'e:zto')!, zh, 'zh')).toBe('石桥与中通物流有“sponsors”关系。');
    expect(readPath(orderPath(odd, 'p:shiqiao', 'e:zto')!, en, 'en')).toBe("Shiqiao is reached by 'sponsors' from ZTO Express.");
  });
});

describe('paths through the same nodes', () => {
  const routes = groupRoutes(parallel);

  it('are one route standing for each of them, with the parallel relationships side by side', () => {
    expect(routes.map((r) => r.paths)).toEqual([[1, 2], [3]]);
    expect(routes[0]!.steps.map((s) => s.via.map((v) => v.edge.type))).toEqual([[], ['SETTLES_IN'], ['PART_OF', 'LOCATED_IN']]);
  });

  it('are read out once: verbs joined in English, 并 in Chinese', () => {
    const name = (id: string) => portNames.get(id)!;
    expect(readRoute(routes[0]!, (id) => name(id).nameEn!, 'en')).toBe(
      'ZTO Express settles in Container Terminal, which is part of and is located in Sihekou Port.',
    );
    expect(readRoute(routes[0]!, (id) => name(id).name, 'zh')).toBe('中通物流入驻码头，后者属于并位于泗河口港。');
    expect(readRoute(routes[1]!, (id) => name(id).name, 'zh')).toBe('中通物流由优化码头招引，后者涉及泗河口港。');
  });

  it('join predicates that hold the node in the middle as clauses of their own (也)', () => {
    const both = [
      sub(edge('g:pledge', 'TARGETS', 'e:zto'), edge('g:pledge', 'CONCERNS', 'p:port')),
      sub(edge('g:pledge', 'PARTNERS', 'e:zto'), edge('g:pledge', 'CONCERNS', 'p:port')),
    ].map((p) => orderPath(p, 'e:zto', 'p:port')!);
    const [route] = groupRoutes(both);
    const name = (id: string) => portNames.get(id)!;
    expect(readRoute(route!, (id) => name(id).name, 'zh')).toBe('中通物流由优化码头招引，也是优化码头的合作方，后者涉及泗河口港。');
    expect(readRoute(route!, (id) => name(id).nameEn!, 'en')).toBe(
      'ZTO Express is courted by and is a partner of Optimise the terminal, which concerns Sihekou Port.',
    );
  });
});

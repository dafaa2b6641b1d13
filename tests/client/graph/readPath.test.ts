import { describe, expect, it } from 'vitest';
import { orderPath, readPath } from '../../../client/src/graph/readPath.js';
import { edge, entity } from './fixtures.js';

// ZTO —SETTLES_IN→ Shiqiao ←DESTINED_FOR— pledge —CONCERNS→ terminal, given out of order.
const nodes = [entity('e:zto', 'ENTERPRISE', '中通物流', 'ZTO Express'), entity('p:shiqiao', 'PLACE', '石桥', 'Shiqiao'), entity('g:pledge', 'PLEDGE', '优化码头', 'Optimise the terminal'), entity('p:terminal', 'PLACE', '码头', 'Container Terminal')];
const path = {
  nodes,
  edges: [edge('g:pledge', 'CONCERNS', 'p:terminal'), edge('e:zto', 'SETTLES_IN', 'p:shiqiao'), edge('g:pledge', 'DESTINED_FOR', 'p:shiqiao')],
  truncated: false,
};
const names = new Map(nodes.map((n) => [n.id, n]));

describe('reading a path out', () => {
  it('walks from one end to the other whatever the edge directions', () => {
    const steps = orderPath(path, 'e:zto', 'p:terminal')!;
    expect(steps.map((s) => s.node)).toEqual(['e:zto', 'p:shiqiao', 'g:pledge', 'p:terminal']);
    expect(steps.slice(1).map((s) => s.via!.forward)).toEqual([true, false, true]);
    expect(orderPath(path, 'e:zto', 'p:nowhere')).toBeNull();
  });

  it('says it as an English sentence, each edge in the direction it was walked', () => {
    const steps = orderPath(path, 'e:zto', 'p:terminal')!;
    expect(readPath(steps, (id) => names.get(id)!.nameEn!, 'en')).toBe(
      'ZTO Express settles in Shiqiao, which is the destination of Optimise the terminal, which concerns Container Terminal.',
    );
  });

  it('says it in Chinese as an arrow chain that shows direction', () => {
    const steps = orderPath(path, 'e:zto', 'p:terminal')!;
    expect(readPath(steps, (id) => names.get(id)!.name, 'zh')).toBe('中通物流 —入驻→ 石桥 ←引往— 优化码头 —涉及→ 码头');
  });
});

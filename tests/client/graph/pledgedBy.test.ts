import { describe, expect, it } from 'vitest';
import { emptyCache, mergeSubgraph } from '../../../client/src/graph/graphCache.js';
import { pledgedBy } from '../../../client/src/graph/pledgedBy.js';
import { edge, entity } from './fixtures.js';

const pledge = (id: string, bureauId: string) => ({ ...entity(id, 'PLEDGE'), bureauId });

describe('pledgedBy', () => {
  const cache = mergeSubgraph(emptyCache(), {
    nodes: [
      entity('bureau:culture', 'BUREAU'),
      entity('bureau:build', 'BUREAU'),
      entity('project:road', 'PROJECT'),
      pledge('pledge:c1', 'bureau:culture'),
      pledge('pledge:c2', 'bureau:culture'),
      pledge('pledge:b1', 'bureau:build'),
      entity('place:park', 'PLACE'),
    ],
    edges: [
      edge('pledge:c1', 'CONCERNS', 'project:road'),
      edge('pledge:b1', 'CONCERNS', 'project:road'),
      edge('pledge:c2', 'DESTINED_FOR', 'project:road'),
      edge('pledge:c2', 'CONCERNS', 'project:road'),
      edge('project:road', 'LOCATED_IN', 'place:park'),
      edge('bureau:culture', 'MADE', 'pledge:c1'),
    ],
    truncated: false,
  });

  it('groups the pledges naming an entity by the bureau that made them, busiest bureau first', () => {
    const groups = pledgedBy(cache, 'project:road');
    expect(groups.map((g) => [g.bureauId, g.pledges.map((p) => p.id)])).toEqual([
      ['bureau:culture', ['pledge:c1', 'pledge:c2']], // c2 once, though two relationships join it
      ['bureau:build', ['pledge:b1']],
    ]);
  });

  it('is empty where no pledge names the entity, and for pledges and bureaus themselves', () => {
    expect(pledgedBy(cache, 'place:park')).toEqual([]);
    expect(pledgedBy(cache, 'pledge:c1')).toEqual([]);
    expect(pledgedBy(cache, 'bureau:culture')).toEqual([]);
    expect(pledgedBy(cache, 'project:unknown')).toEqual([]);
  });
});

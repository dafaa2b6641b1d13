import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../helpers/testApi.js';

let api: TestApi;
beforeAll(async () => (api = await startTestApi()));
afterAll(() => api.close());

type Path = { nodes: { id: string }[]; edges: { type: string; source: string; target: string }[] };
const Q = `query($from: ID!, $to: ID!, $maxHops: Int) { paths(from: $from, to: $to, maxHops: $maxHops) {
  truncated nodes { id name } edges { type source target } } }`;
const paths = async (from: string, to: string, maxHops?: number) => {
  const body = await api.gql<{ paths: Path[] }>(Q, { from, to, maxHops });
  expect(body.errors).toBeUndefined();
  return body.data!.paths;
};

describe('paths', () => {
  it('finds every shortest path from ZTO Express to Sihekou Port, in order', async () => {
    const found = await paths('enterprise:zto-express', 'place:sihekou-port');
    expect(found.length).toBeGreaterThanOrEqual(1);
    const lengths = new Set(found.map((p) => p.edges.length));
    expect(lengths.size).toBe(1); // all shortest: one length
    for (const path of found) {
      expect(path.nodes[0]!.id).toBe('enterprise:zto-express');
      expect(path.nodes.at(-1)!.id).toBe('place:sihekou-port');
      expect(path.nodes).toHaveLength(path.edges.length + 1);
      // Edge i joins node i and node i+1, in either direction.
      path.edges.forEach((edge, i) => {
        expect([edge.source, edge.target].sort()).toEqual([path.nodes[i]!.id, path.nodes[i + 1]!.id].sort());
      });
    }
    const signatures = found.map((p) => p.edges.map((e) => `${e.source}-${e.type}-${e.target}`).join(','));
    expect(new Set(signatures).size).toBe(found.length);
  });

  it('links two bureaus through the project they share', async () => {
    const found = await paths('bureau:construction', 'bureau:culture-and-tourism');
    expect(found.some((p) => p.nodes.some((n) => n.id === 'project:fuxing-road-culture-technology-project'))).toBe(true);
    expect(found.every((p) => p.edges.length === 4)).toBe(true);
  });

  it('answers an empty list when no path fits in maxHops', async () => {
    expect(await paths('bureau:construction', 'bureau:culture-and-tourism', 2)).toEqual([]);
  });

  it('answers the node alone for a path to itself', async () => {
    expect(await paths('place:shiqiao', 'place:shiqiao')).toEqual([{ truncated: false, nodes: [{ id: 'place:shiqiao', name: '石桥' }], edges: [] }]);
  });

  it('names an unknown id (NOT_FOUND) and refuses maxHops out of 1..8', async () => {
    const unknown = await api.gql(Q, { from: 'enterprise:zto-express', to: 'place:atlantis' });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'No entity with id "place:atlantis"', extensions: { code: 'NOT_FOUND', id: 'place:atlantis' } });
    const tooFar = await api.gql(Q, { from: 'enterprise:zto-express', to: 'place:shiqiao', maxHops: 9 });
    expect(tooFar.errors?.[0]).toMatchObject({ message: 'Argument "maxHops" must be an integer from 1 to 8, got 9', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

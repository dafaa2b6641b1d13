import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KINDS_WALK_FACTOR } from '../../../server/cypher/neighborhood.js';
import { startTestApi, type TestApi } from '../../helpers/testApi.js';

let api: TestApi;
beforeAll(async () => (api = await startTestApi()));
afterAll(() => api.close());

interface Sub {
  truncated: boolean;
  nodes: { id: string; kind: string }[];
  edges: { id: string; type: string; source: string; target: string; sources: { quote: string }[] }[];
}
const Q = `query($ids: [ID!]!, $depth: Int, $kinds: [EntityKind!], $limit: Int) {
  neighborhood(ids: $ids, depth: $depth, kinds: $kinds, limit: $limit) {
    truncated nodes { id kind } edges { id type source target sources { quote } } } }`;
const neighborhood = async (vars: Record<string, unknown>) => {
  const body = await api.gql<{ neighborhood: Sub }>(Q, vars);
  expect(body.errors).toBeUndefined();
  return body.data!.neighborhood;
};
const FUXING = 'project:fuxing-road-culture-technology-project';

describe('neighborhood', () => {
  it('returns a node, its neighbours and the cited relationships among them', async () => {
    const sub = await neighborhood({ ids: [FUXING] });
    const ids = sub.nodes.map((n) => n.id);
    expect(ids[0]).toBe(FUXING);
    expect(ids).toEqual(
      expect.arrayContaining(['pledge:ct-fuxing-road-construction', 'pledge:build-fuxing-road-network', 'pledge:econ-smart-culture-tourism-resources']),
    );
    expect(ids.some((id) => id.startsWith('bureau:'))).toBe(false); // bureaus are two hops away
    expect(sub.truncated).toBe(false);
    for (const edge of sub.edges) {
      expect(ids).toContain(edge.source);
      expect(ids).toContain(edge.target);
      expect(edge.sources.length).toBeGreaterThan(0);
    }
    expect(sub.edges.map((e) => e.id)).toContain(`pledge:ct-fuxing-road-construction|CONCERNS|${FUXING}`);
  });

  it('reaches the three bureaus at depth 2, with their MADE edges', async () => {
    const sub = await neighborhood({ ids: [FUXING], depth: 2 });
    const bureaus = sub.nodes
      .filter((n) => n.kind === 'BUREAU')
      .map((n) => n.id)
      .sort();
    expect(bureaus).toEqual(['bureau:construction', 'bureau:culture-and-tourism', 'bureau:economic-development']);
    expect(sub.edges.filter((e) => e.type === 'MADE').length).toBeGreaterThanOrEqual(3);
  });

  it('filters the returned kinds but keeps the given ids', async () => {
    const sub = await neighborhood({ ids: [FUXING], depth: 2, kinds: ['BUREAU'] });
    expect(sub.nodes.map((n) => n.kind).sort()).toEqual(['BUREAU', 'BUREAU', 'BUREAU', 'PROJECT']);
  });

  it('stops a kinds-filtered walk that knows too many other nodes, and says it was cut', async () => {
    // Four answers fit (the project and its three bureaus, two hops away), but a walk that may
    // know only KINDS_WALK_FACTOR × 4 nodes cannot take its third step when two hops hold more.
    const twoHops = await neighborhood({ ids: [FUXING], depth: 2, limit: 1000 });
    expect(twoHops.nodes.length).toBeGreaterThan(KINDS_WALK_FACTOR * 4);
    const capped = await neighborhood({ ids: [FUXING], depth: 3, kinds: ['BUREAU'], limit: 4 });
    expect(capped.nodes).toHaveLength(4);
    expect(capped.truncated).toBe(true);
    const roomy = await neighborhood({ ids: [FUXING], depth: 3, kinds: ['BUREAU'], limit: 200 });
    expect(roomy.truncated).toBe(false);
    expect(roomy.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(capped.nodes.map((n) => n.id)));
  });

  it('cuts deterministically, nearest first then by id, and says so', async () => {
    const full = await neighborhood({ ids: [FUXING], depth: 2, limit: 1000 });
    const cut = await neighborhood({ ids: [FUXING], depth: 2, limit: 5 });
    expect(cut.truncated).toBe(true);
    expect(cut.nodes).toHaveLength(5);
    expect(cut.nodes.map((n) => n.id)).toEqual(full.nodes.slice(0, 5).map((n) => n.id));
    expect(await neighborhood({ ids: [FUXING], depth: 2, limit: 5 })).toEqual(cut);
    const oneHop = (await neighborhood({ ids: [FUXING], depth: 1, limit: 2000 })).nodes.map((n) => n.id);
    expect(
      full.nodes
        .slice(0, oneHop.length)
        .map((n) => n.id)
        .sort(),
    ).toEqual([...oneHop].sort());
  });

  it('accepts several ids and merges their neighbourhoods', async () => {
    const sub = await neighborhood({ ids: ['enterprise:zto-express', 'place:sihekou-port'] });
    expect(sub.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['place:shiqiao', 'place:sihekou-port-container-terminal']));
  });

  it('refuses a walk wider than the cost limit allows, naming the argument to lower', async () => {
    const body = await api.gql(Q, { ids: [FUXING], depth: 3, limit: 2000 });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'limit', cost: 6001 } });
  });

  it('names unknown ids (NOT_FOUND) and refuses out-of-range depth and limit', async () => {
    const unknown = await api.gql(Q, { ids: [FUXING, 'place:atlantis'] });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'No entity with id "place:atlantis"', extensions: { code: 'NOT_FOUND', ids: ['place:atlantis'] } });
    // Every missing id is named, so that a client can drop them all and retry once.
    const two = await api.gql(Q, { ids: ['place:atlantis', FUXING, 'place:el-dorado'] });
    expect(two.errors?.[0]).toMatchObject({
      message: 'No entity with ids "place:atlantis", "place:el-dorado"',
      extensions: { code: 'NOT_FOUND', ids: ['place:atlantis', 'place:el-dorado'] },
    });
    for (const [vars, message] of [
      [{ depth: 0 }, 'Argument "depth" must be an integer from 1 to 3, got 0'],
      [{ depth: 4 }, 'Argument "depth" must be an integer from 1 to 3, got 4'],
      [{ limit: 0 }, 'Argument "limit" must be an integer from 1 to 2000, got 0'],
      [{ limit: 2001 }, 'Argument "limit" must be an integer from 1 to 2000, got 2001'],
    ] as const) {
      const body = await api.gql(Q, { ids: [FUXING], ...vars });
      expect(body.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
    }
    const none = await api.gql(Q, { ids: [] });
    expect(none.errors?.[0]).toMatchObject({ message: 'Argument "ids" must name at least one id', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

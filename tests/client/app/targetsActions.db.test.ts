import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../helpers/testApi.js';
import { driveExplorer } from './driveExplorer.js';

interface Side {
  bureau: { id: string };
  pledges: { id: string }[];
  stage: string | null;
  destinations: { id: string }[];
}
interface Target {
  enterprise: { id: string; name: string; nameEn: string | null };
  byBureau: Side[];
}

// The investment-targets actions in Node, on the real server and the article's graph; the views are recording fakes.
describe('the investment targets, driven by intents', () => {
  let server: TestApi;
  let targets: Target[];
  const keys = (list: Target[]) => list.flatMap((t) => t.byBureau.map((s) => `${t.enterprise.id}|${s.bureau.id}`));

  beforeAll(async () => {
    server = await startTestApi();
    const body = await server.gql<{ investmentTargets: Target[] }>(
      '{ investmentTargets { enterprise { id name nameEn } byBureau { bureau { id } pledges { id } stage destinations { id } } } }',
    );
    expect(body.errors).toBeUndefined();
    targets = body.data!.investmentTargets;
  });
  afterAll(() => server?.close());

  const open = (query: string) => driveExplorer(`${server.url}/graphql`, query);

  it('opens a link to the filtered table: the rows of that stage, out of every byBureau entry', async () => {
    const { recorded, url } = await open('view=targets&lang=en&ts=SETTLED');
    const model = recorded.targets!;
    expect(model.rows!.map((r) => r.key)).toEqual(keys(targets));
    const settled = targets.map((t) => ({ ...t, byBureau: t.byBureau.filter((s) => s.stage === 'SETTLED') }));
    expect(model.shown.map((r) => r.key)).toEqual(keys(settled));
    expect(model.shown.length).toBeGreaterThan(0);
    expect(url().get('ts')).toBe('SETTLED');
    // The canvas was never drawn: the table replaces it.
    expect(recorded.graph.ids()).toEqual([]);
  });

  it('filters, sorts and switches to the map as settings of the link; a row opens the explorer, and undo comes back', async () => {
    const { recorded, act, explorer, url } = await open('lang=zh');
    await act({ type: 'showTargets' });
    expect(url().get('view')).toBe('targets');
    const zto = targets.find((t) => t.enterprise.name.includes('中通'))!;
    await act({ type: 'setTargets', patch: { text: '中通' } });
    expect(recorded.targets!.shown.map((r) => r.key)).toEqual(expect.arrayContaining(keys([zto])));
    expect(url().get('tq')).toBe('中通');
    await act({ type: 'setTargets', patch: { text: '', sort: { column: 'stage', descending: false }, mode: 'map' } });
    expect(url().get('to')).toBe('stage');
    expect(url().get('tm')).toBe('map');
    const map = recorded.targets!.map!;
    expect(map.companies.map((c) => c.id).sort()).toEqual(targets.map((t) => t.enterprise.id).sort());

    const side = zto.byBureau[0]!;
    await act({ type: 'openTarget', enterprise: zto.enterprise.id, bureau: side.bureau.id });
    expect(recorded.targets).toBeNull();
    expect(recorded.graph.ids()).toEqual(
      [...new Set([zto.enterprise.id, side.bureau.id, ...side.pledges.map((p) => p.id), ...side.destinations.map((d) => d.id)])].sort(),
    );
    expect(recorded.graph.selection).toEqual([zto.enterprise.id]);
    expect(url().has('view')).toBe(false);
    // The view's settings stay in the state for the way back.
    await act({ type: 'undo' });
    expect(explorer.state().view).toBe('targets');
    expect(recorded.targets?.state.mode).toBe('map');
  });
});

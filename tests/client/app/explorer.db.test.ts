import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../client/src/api/createApi.js';
import type { Intent } from '../../../client/src/app/Intent.js';
import type { Lang } from '../../../client/src/state/ViewState.js';
import { startTestApi, type TestApi } from '../../helpers/testApi.js';
import { driveExplorer } from './driveExplorer.js';

const CONSTRUCTION = 'bureau:construction';
const FUXING = 'project:fuxing-road-culture-technology-project';
const ZTO = 'enterprise:zto-express';
const SIHEKOU = 'place:sihekou-port';

interface Named {
  id: string;
  name: string;
  nameEn: string | null;
}

// The explorer in Node, on the real server and the article's graph; its views are recording fakes.
describe('the explorer, driven by intents', () => {
  let server: TestApi;

  beforeAll(async () => {
    server = await startTestApi();
  });
  afterAll(() => server?.close());

  /** What the API says, for expectations: never a list written here. */
  const ask = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const body = await server.gql<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data!;
  };
  const entity = async (id: string) => (await ask<{ entity: Named }>('query($id: ID!) { entity(id: $id) { id name nameEn } }', { id })).entity;
  const neighbours = async (id: string) =>
    (
      await ask<{ neighborhood: { nodes: { id: string }[] } }>('query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1, limit: 2000) { nodes { id } } }', {
        ids: [id],
      })
    ).neighborhood.nodes
      .map((n) => n.id)
      .filter((n) => n !== id);

  /** Opens the page's link `query` and waits for the first load (driveExplorer.ts). */
  const open = (query: string, { storedLang = null as Lang | null, endpoint = `${server.url}/graphql` } = {}) => driveExplorer(endpoint, query, { storedLang });

  it('starts on the overview: every bureau and every entity their pledges share, laid out in full', async () => {
    const { graph, recorded } = await open('lang=en');
    const { entities: bureaus } = await ask<{ entities: { id: string }[] }>('{ entities(kinds: [BUREAU]) { id } }');
    const { sharedByBureaus: shared } = await ask<{ sharedByBureaus: { entity: { id: string } }[] }>('{ sharedByBureaus { entity { id } } }');
    expect(bureaus.length).toBeGreaterThan(0);
    expect(shared.length).toBeGreaterThan(0);
    for (const { id } of bureaus) expect(graph.ids()).toContain(id);
    for (const { entity: e } of shared) expect(graph.ids()).toContain(e.id);
    expect(graph.moves).toContain('layout:fcose');
    expect(recorded.caption?.caption).toContain(`the ${bureaus.length} bureaus and the ${shared.length} things`);
    expect(recorded.status.message).toBeNull();
    expect(recorded.ready).toBe(true);
    // The article came too, with every span the graph cites.
    expect(recorded.reading.doc?.text.length).toBeGreaterThan(0);
    expect(recorded.reading.citations).toBeGreaterThan(0);
  });

  it('select then expand adds neighbours of the node around it; undo takes them away, redo brings them back', async () => {
    const { graph, recorded, act, url } = await open(`v=${CONSTRUCTION}&n=5&lang=en`);
    expect(graph.ids()).toEqual([CONSTRUCTION]);
    await act({ type: 'select', ids: [CONSTRUCTION], additive: false });
    expect(graph.selection).toEqual([CONSTRUCTION]);
    expect(recorded.details?.selected).toBe(CONSTRUCTION);
    const around = await neighbours(CONSTRUCTION);
    // Its relationships were loaded for the details panel: it knows what is not on the canvas yet.
    expect(recorded.details?.hiddenCount).toBe(around.length);

    await act({ type: 'expand' });
    const added = graph.ids().filter((id) => id !== CONSTRUCTION);
    expect(added).toHaveLength(Math.min(5, around.length));
    for (const id of added) expect(around).toContain(id);
    expect(graph.moves.at(-1)).toBe(`place:${CONSTRUCTION}`);
    // The rest wait behind "+N more".
    expect(graph.badges.get(CONSTRUCTION)).toBe(around.length - added.length);
    expect(recorded.toolbar?.can.undo).toBe(true);
    const expanded = graph.ids();

    await act({ type: 'undo' });
    expect(graph.ids()).toEqual([CONSTRUCTION]);
    expect(recorded.toolbar?.can).toMatchObject({ undo: false, redo: true });
    await act({ type: 'redo' });
    expect(graph.ids()).toEqual(expanded);
    expect(url().get('v')?.split(',').sort()).toEqual(expanded);

    await act({ type: 'more', id: CONSTRUCTION });
    const rest = Object.values(recorded.more?.rest ?? {}).flat();
    expect(rest.sort()).toEqual(around.filter((id) => !expanded.includes(id)).sort());
    await act({ type: 'addNeighbours', from: CONSTRUCTION, ids: rest });
    expect(graph.ids()).toEqual([CONSTRUCTION, ...around].sort());
    // Nothing left behind the badge: no count (the graph view shows none).
    expect(graph.badges.get(CONSTRUCTION) ?? 0).toBe(0);
  });

  it('puts a chosen search hit on the canvas, selected and centred, with keyboard focus on the canvas', async () => {
    const { graph, recorded, act } = await open(`v=${CONSTRUCTION}&lang=en`);
    const hit = (await createApi(`${server.url}/graphql`).searchEntities('复兴之路')).find((h) => h.entity.id === FUXING);
    expect(hit).toBeDefined();
    await act({ type: 'chooseHit', entity: hit!.entity });
    expect(graph.ids()).toEqual([CONSTRUCTION, FUXING].sort());
    expect(graph.selection).toEqual([FUXING]);
    expect(graph.moves).toEqual(expect.arrayContaining(['focus', `centre:${FUXING}`]));
    expect(recorded.details?.selected).toBe(FUXING);
    // A related node picked in the details panel comes the same way, without taking the focus.
    await act({ type: 'reveal', id: CONSTRUCTION });
    expect(graph.selection).toEqual([CONSTRUCTION]);
    expect(graph.moves.filter((m) => m === 'focus')).toHaveLength(1);
    await act({ type: 'undo' });
    expect(graph.ids()).toEqual([CONSTRUCTION]);
  });

  it('hides the selected node, and keeps only the selection with "hide others"', async () => {
    const { graph, act, url } = await open(`v=${CONSTRUCTION},${FUXING},${SIHEKOU}&lang=en`);
    await act({ type: 'select', ids: [FUXING], additive: false }, { type: 'hide' });
    expect(graph.ids()).toEqual([CONSTRUCTION, SIHEKOU].sort());
    expect(url().get('v')).not.toContain(FUXING);
    await act({ type: 'select', ids: [SIHEKOU], additive: false }, { type: 'hideOthers' });
    expect(graph.ids()).toEqual([SIHEKOU]);
    await act({ type: 'undo' }, { type: 'undo' });
    expect(graph.ids()).toEqual([CONSTRUCTION, FUXING, SIHEKOU].sort());
  });

  it('restores the nodes of a link and names the ids the graph no longer holds', async () => {
    const gone = 'project:demolished-long-ago';
    const { graph, recorded, url } = await open(`v=${CONSTRUCTION},${FUXING},${gone}&s=${gone}&pf=${gone}&pt=${FUXING}&lang=en`);
    expect(graph.ids()).toEqual([CONSTRUCTION, FUXING].sort());
    expect(recorded.status.message).toMatchObject({ kind: 'info' });
    expect(recorded.status.message?.text).toContain(gone);
    // The dead selection and path are dropped rather than kept in the next link.
    expect(url().get('s')).toBeNull();
    expect(url().get('pf')).toBeNull();
  });

  it('switches every label to English, and remembers the choice', async () => {
    const fuxing = await entity(FUXING);
    const { graph, recorded, act, saved, url } = await open(`v=${FUXING}&lang=zh`);
    expect(fuxing.name.startsWith(graph.label(FUXING)!.replace('…', ''))).toBe(true);
    await act({ type: 'toggleLang' });
    expect(fuxing.nameEn!.startsWith(graph.label(FUXING)!.replace('…', ''))).toBe(true);
    expect(recorded.staticLang).toBe('en');
    expect(recorded.toolbar?.state.lang).toBe('en');
    expect(saved.at(-1)).toBe('en');
    expect(url().get('lang')).toBe('en');
    // A preference, not a step: undo does not bring Chinese back.
    expect(recorded.toolbar?.can.undo).toBe(false);
  });

  it('finds every shortest path between two chosen ends, highlights it and reads each one out', async () => {
    const { paths: expected } = await ask<{ paths: { nodes: { id: string }[]; edges: { id: string }[] }[] }>(
      'query($from: ID!, $to: ID!) { paths(from: $from, to: $to) { nodes { id } edges { id } } }',
      { from: ZTO, to: SIHEKOU },
    );
    expect(expected.length).toBeGreaterThan(0);
    const [zto, port] = [await entity(ZTO), await entity(SIHEKOU)];
    const { graph, recorded, act, url } = await open(`v=${ZTO},${SIHEKOU}&lang=en`);
    await act(
      { type: 'select', ids: [ZTO], additive: false },
      { type: 'setPathEnd', end: 'from' },
      { type: 'select', ids: [SIHEKOU], additive: false },
      { type: 'setPathEnd', end: 'to' },
    );
    expect(recorded.paths).toMatchObject({ from: ZTO, to: SIHEKOU, busy: false });
    await act({ type: 'findPaths' });

    const result = recorded.paths?.result;
    expect(result && 'sentences' in result ? result.sentences : []).toHaveLength(expected.length);
    for (const sentence of result && 'sentences' in result ? result.sentences : []) {
      expect(sentence.startsWith(zto.nameEn!)).toBe(true);
      expect(sentence.endsWith(`${port.nameEn}.`)).toBe(true);
    }
    const onPath = expected.flatMap((p) => [...p.nodes.map((n) => n.id), ...p.edges.map((e) => e.id)]);
    for (const id of onPath) expect(graph.highlight?.has(id)).toBe(true);
    expect(graph.softHighlight).toBe(false);
    for (const id of expected.flatMap((p) => p.nodes.map((n) => n.id))) expect(graph.ids()).toContain(id);
    expect(url().get('pf')).toBe(ZTO);
    expect(url().get('pt')).toBe(SIHEKOU);

    await act({ type: 'clearPath' });
    expect(graph.highlight).toBeNull();
    expect(recorded.paths).toMatchObject({ from: null, to: null, result: null });
  });

  it('presents a walkthrough: a link opens its step, steps move, and leaving ends presenter mode', async () => {
    const { walkthroughs } = await ask<{ walkthroughs: { id: string; steps: { narration: string; focus: string[]; highlight: string[] }[] }[] }>(
      '{ walkthroughs { id steps { narration focus highlight } } }',
    );
    const walk = walkthroughs[0]!;
    expect(walk.steps.length).toBeGreaterThanOrEqual(3);
    const focusOf = (step: number) => [...new Set(walk.steps[step - 1]!.focus)].sort();
    const { graph, recorded, act, url } = await open(`walk=${encodeURIComponent(walk.id)}&step=2&lang=en`);
    expect(recorded.presenter).toMatchObject({ step: 2, walkthrough: { id: walk.id } });
    expect(graph.ids()).toEqual(focusOf(2));

    await act({ type: 'moveStep', move: 'next' });
    expect(recorded.presenter?.step).toBe(3);
    // A step's highlight fades the rest softly (the room still reads it), unlike a path's.
    for (const id of walk.steps[2]!.highlight) expect(graph.highlight?.has(id)).toBe(true);
    expect(graph.softHighlight).toBe(walk.steps[2]!.highlight.length > 0);
    expect(graph.ids()).toEqual(focusOf(3));
    expect(url().get('step')).toBe('3');
    await act({ type: 'moveStep', move: 'first' }, { type: 'moveStep', move: 'previous' });
    expect(recorded.presenter?.step).toBe(1);
    await act({ type: 'moveStep', move: 'last' });
    expect(recorded.presenter?.step).toBe(walk.steps.length);

    await act({ type: 'exitPresenter' });
    expect(recorded.presenter).toBeNull();
    expect(url().get('walk')).toBeNull();
    // The canvas of the last step stays, refitted to the room the sidebar leaves.
    expect(graph.ids()).toEqual(focusOf(walk.steps.length));
    expect(graph.moves.at(-1)).toBe('fit');

    // "Present" from exploring opens the first walkthrough at its first step; Undo goes back.
    await act({ type: 'present' });
    expect(recorded.presenter).toMatchObject({ step: 1, walkthrough: { id: walk.id } });
    await act({ type: 'undo' });
    expect(recorded.presenter).toBeNull();
  });

  it('toggles kinds and relationships off and on; when nothing is left the status line offers the way back', async () => {
    const { graph, recorded, act, url } = await open('lang=en');
    await act({ type: 'toggleKind', kind: 'PLEDGE' }, { type: 'toggleRelation', relation: 'MADE' });
    expect(graph.hiddenKinds).toEqual(['PLEDGE']);
    expect(graph.hiddenRelations).toEqual(['MADE']);
    expect(recorded.filters?.hiddenKinds).toEqual(['PLEDGE']);
    expect(url().get('hk')).toBe('PLEDGE');
    expect(recorded.status.notice).toBeNull();

    const kinds = [...new Set([...graph.elements.values()].filter((e) => e.group === 'nodes').map((e) => e.data.kind as string))];
    await act(...kinds.filter((k) => k !== 'PLEDGE').map((kind): Intent => ({ type: 'toggleKind', kind: kind as never })));
    expect(recorded.caption?.summary).toMatch(/^0 of \d+ nodes/);
    const notice = recorded.status.notice;
    expect(notice?.action.intent).toEqual({ type: 'resetFilters' });
    // The button reports its intent, as the banner would.
    await act(notice!.action.intent);
    expect(graph.hiddenKinds).toEqual([]);
    expect(graph.hiddenRelations).toEqual([]);
    expect(recorded.status.notice).toBeNull();
  });

  it('exports the visible subgraph as JSON with a link back to this very view', async () => {
    const { graph, recorded, act, url } = await open(`v=${CONSTRUCTION},${FUXING}&lang=en`);
    await act({ type: 'export', format: 'json' });
    const file = recorded.downloads.at(-1)!;
    expect(file.name).toBe('pledge-graph.json');
    const json = JSON.parse(await file.data.text()) as { link: string; nodes: { id: string }[] };
    expect(json.nodes.map((n) => n.id).sort()).toEqual(graph.ids());
    expect(json.link).toBe(`http://explorer.test/?${url().toString()}`);
  });

  it('says when the server cannot be reached, and offers a retry that loads again', async () => {
    const { recorded, act } = await open('lang=en', { endpoint: 'http://127.0.0.1:9/graphql' });
    expect(recorded.status.message).toMatchObject({ kind: 'error', action: { intent: { type: 'reload' } } });
    expect(recorded.status.message?.text).toMatch(/cannot be reached/);
    expect(recorded.ready).toBe(true);
    const retry = recorded.status.message!.action!.intent;
    recorded.status.message = null;
    await act(retry);
    expect(recorded.status.message).toMatchObject({ kind: 'error', action: { intent: { type: 'reload' } } });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Intent } from '../../../client/src/app/Intent.js';
import { startTestApi, type TestApi } from '../../helpers/testApi.js';
import { driveExplorer } from './driveExplorer.js';

const CONSTRUCTION = 'bureau:construction';

// Multi-node actions, pins, the address bar's push/replace and the context menu, in Node on the real server.
describe('acting on the selection, the browser history and the node menu', () => {
  let server: TestApi;
  beforeAll(async () => {
    server = await startTestApi();
  });
  afterAll(() => server?.close());

  /** The neighbours the API gives a node: the expectations come from here, never from a list written in the test. */
  const neighbours = async (id: string) => {
    const body = await server.gql<{ neighborhood: { nodes: { id: string }[] } }>(
      'query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1, limit: 2000) { nodes { id } } }',
      { ids: [id] },
    );
    return body.data!.neighborhood.nodes.map((n) => n.id).filter((n) => n !== id);
  };

  async function open(query: string) {
    const opened = await driveExplorer(`${server.url}/graphql`, query);
    // A first load that failed (a busy machine's query timeout) would leave an empty canvas: say so here.
    expect(opened.recorded.status.message).toBeNull();
    expect(opened.graph.ids().length).toBeGreaterThan(0);
    return opened;
  }

  /**
   * Construction's bureau and all of its neighbours on the canvas; three of those to act on, each
   * with a neighbour of its own off the canvas (so that expanding it adds something).
   */
  async function threeNeighbours(limit: number) {
    const opened = await open(`v=${CONSTRUCTION}&lang=en&n=500`);
    await opened.act({ type: 'expand', id: CONSTRUCTION }, { type: 'setExpandLimit', limit });
    const shown = new Set(opened.graph.ids());
    const picked: string[] = [];
    for (const id of await neighbours(CONSTRUCTION)) {
      if (picked.length < 3 && (await neighbours(id)).some((n) => !shown.has(n))) picked.push(id);
    }
    expect(picked).toHaveLength(3);
    return { ...opened, picked };
  }

  it('expands every selected node at once, each up to the limit, and one undo takes all of it back', async () => {
    const { graph, explorer, act, picked } = await threeNeighbours(500);
    const before = graph.ids();
    for (const id of picked) await act({ type: 'select', ids: [id], additive: true });
    expect(graph.selection).toEqual(picked);
    await act({ type: 'expand' });
    const around = new Set((await Promise.all(picked.map(neighbours))).flat());
    expect(graph.ids()).toEqual([...new Set([...before, ...around])].sort());
    expect(explorer.state().expanded).toEqual(expect.arrayContaining(picked));
    await act({ type: 'undo' });
    expect(graph.ids()).toEqual(before);
    expect(graph.selection).toEqual(picked);
  });

  it('with a small limit each selected node adds at most that many, the rest behind its "+N more"', async () => {
    const { graph, act, picked } = await threeNeighbours(1);
    const before = new Set(graph.ids());
    await act({ type: 'select', ids: picked, additive: false }, { type: 'expand' });
    const added = graph.ids().filter((id) => !before.has(id));
    const around = await Promise.all(picked.map(neighbours));
    expect(added.length).toBeGreaterThan(0);
    for (const id of added) expect(around.flat()).toContain(id);
    expect(added.length).toBeLessThanOrEqual(picked.length);
    for (const [i, id] of picked.entries()) expect(graph.badges.get(id) ?? 0).toBe(around[i]!.filter((n) => !graph.ids().includes(n)).length);
  });

  it('pins and unpins the whole selection as one step, in the link, and hiding a pinned node drops its pin', async () => {
    const { graph, explorer, act, written } = await open('lang=en');
    const picked = graph.ids().slice(0, 2);
    await act({ type: 'select', ids: picked, additive: false }, { type: 'pin' });
    expect(graph.pinned.sort()).toEqual([...picked].sort());
    expect(new URLSearchParams(written.at(-1)!.query).get('pin')?.split(',').sort()).toEqual([...picked].sort());
    await act({ type: 'undo' });
    expect(graph.pinned).toEqual([]);
    await act({ type: 'redo' }, { type: 'pin' });
    expect(graph.pinned).toEqual([]);
    await act({ type: 'pin' }, { type: 'hide' });
    expect(explorer.state().pinned).toEqual([]);
  });

  it('pushes an entry for a new focus, an expansion, an opened node and a view switch; replaces for settings', async () => {
    const { graph, act, written } = await open(`v=${CONSTRUCTION}&lang=en`);
    const entries = () => written.map((w) => w.entry);
    expect(entries().every((e) => e === 'replace')).toBe(true);
    const mark = () => written.length;
    const since = (at: number) => written.slice(at).map((w) => w.entry);

    let at = mark();
    await act({ type: 'select', ids: [CONSTRUCTION], additive: false });
    expect(since(at)).toContain('push');
    at = mark();
    await act({ type: 'expand' });
    expect(since(at)).toEqual(expect.arrayContaining(['push']));
    for (const intent of [
      { type: 'setLayout', layout: 'concentric' },
      { type: 'toggleKind', kind: 'PLEDGE' },
      { type: 'setExpandLimit', limit: 3 },
      { type: 'deselect' },
    ] as Intent[]) {
      at = mark();
      await act(intent);
      expect(since(at).every((e) => e === 'replace')).toBe(true);
    }
    at = mark();
    const other = graph.ids().find((id) => id !== CONSTRUCTION)!;
    await act({ type: 'reveal', id: other });
    expect(since(at)).toContain('push');
    at = mark();
    await act({ type: 'toggleTable' });
    expect(since(at)).toContain('push');
  });

  it('Back restores the state of an earlier address without a new entry, and undo goes back to where Back started', async () => {
    const { graph, act, written } = await open(`v=${CONSTRUCTION}&lang=en`);
    const first = written.at(-1)!.query;
    await act({ type: 'select', ids: [CONSTRUCTION], additive: false }, { type: 'expand' });
    const expanded = graph.ids();
    expect(expanded.length).toBeGreaterThan(1);
    const at = written.length;
    await act({ type: 'navigate', query: first });
    expect(graph.ids()).toEqual([CONSTRUCTION]);
    expect(written.slice(at).every((w) => w.entry === 'replace')).toBe(true);
    await act({ type: 'undo' });
    expect(graph.ids()).toEqual(expanded);
  });

  it('the menu of a node outside the selection selects it; its items act on the selection; copy link names that node alone', async () => {
    const { graph, recorded, act } = await open('lang=en');
    const [a, b] = graph.ids();
    await act({ type: 'select', ids: [a!], additive: false }, { type: 'openMenu', id: b!, at: { x: 10, y: 10 } });
    expect(graph.selection).toEqual([b]);
    const menu = recorded.menu!;
    expect(menu.id).toBe(b);
    expect(menu.items.map((i) => i.key)).toEqual(['expand', 'hide', 'keepOnly', 'pin', 'pathStart', 'pathEnd', 'openInTable', 'addStep', 'copyLink']);
    // The walkthrough editor is closed: the item stays, off, with its reason.
    expect(menu.items.find((i) => i.key === 'addStep')?.disabled).toMatch(/Walkthroughs/);
    await act({ type: 'walkEditor', intent: { type: 'toggle' } }, { type: 'openMenu' });
    expect(recorded.menu!.items.find((i) => i.key === 'addStep')?.disabled).toBeUndefined();

    await act({ type: 'copyLink', id: b! });
    const link = new URL(recorded.clipboard.at(-1)!);
    expect(link.searchParams.get('v')).toBe(b);
    expect(link.searchParams.get('s')).toBe(b);
    await act({ type: 'menuPathEnd', id: b!, end: 'to' });
    expect(recorded.paths?.to).toBe(b);
    await act({ type: 'openInTable', id: b! });
    expect(recorded.toolbar?.state).toMatchObject({ table: true, selection: [b] });
    await act(menu.items.find((i) => i.key === 'keepOnly')!.intent);
    expect(graph.ids()).toEqual([b]);
  });
});

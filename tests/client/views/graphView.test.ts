import { afterEach, describe, expect, it } from 'vitest';
import type { Intent } from '../../../client/src/app/Intent.js';
import { LARGE_GRAPH } from '../../../client/src/graph/largeGraph.js';
import { relationLook } from '../../../client/src/graph/relationLook.js';
import { viewElements } from '../../../client/src/graph/toElements.js';
import type { Lang } from '../../../client/src/state/ViewState.js';
import { createGraphView, type GraphView } from '../../../client/src/views/graphView.js';
import { edge, entity } from '../graph/fixtures.js';

// A headless canvas in Node: the real Cytoscape instance, styles and layouts, nothing drawn.
// Records are built here (this tests the view, not the data); elements come from viewElements.
const BUREAU = entity('bureau:construction', 'BUREAU', '建设局', 'Construction Bureau');
const PLEDGE = entity('pledge:roads', 'PLEDGE', '修路', 'Build roads');
const PROJECT = entity('project:fuxing', 'PROJECT', '复兴之路', 'Road to Revival');
const PLACE = entity('place:port', 'PLACE', '四河口港', 'Sihekou Port');
const MADE = edge(BUREAU.id, 'MADE', PLEDGE.id);
const TARGETS = edge(PLEDGE.id, 'TARGETS', PROJECT.id);
const LOCATED = edge(PROJECT.id, 'LOCATED_IN', PLACE.id);

const elements = (lang: Lang = 'zh', nodes = [BUREAU, PLEDGE, PROJECT, PLACE], edges = [MADE, TARGETS, LOCATED]) => {
  const ids = new Set(nodes.map((n) => n.id));
  return viewElements(
    nodes,
    edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    lang,
  );
};

describe('the graph view, headless', () => {
  let view: GraphView;
  const reported: Intent[] = [];
  const create = () => (view = createGraphView(null, (intent) => reported.push(intent)));
  const node = (id: string) => view.nodes().find((n) => n.id === id);
  const ids = () =>
    view
      .nodes()
      .map((n) => n.id)
      .sort();

  afterEach(() => view?.destroy());

  it('sync adds what is new and returns the new node ids, relabels in place, and removes what is gone', () => {
    create();
    expect(view.sync(elements('zh', [BUREAU, PLEDGE], [MADE]))).toEqual([BUREAU.id, PLEDGE.id]);
    expect(view.sync(elements())).toEqual([PROJECT.id, PLACE.id]);
    expect(ids()).toEqual([BUREAU.id, PLACE.id, PLEDGE.id, PROJECT.id].sort());
    expect(node(BUREAU.id)?.label).toBe('建设局');
    expect(node(BUREAU.id)?.kind).toBe('BUREAU');

    // A language switch: the same elements, new labels, nothing added.
    expect(view.sync(elements('en'))).toEqual([]);
    expect(node(BUREAU.id)?.label).toBe('Construction Bureau');

    // Removing a node takes its edges with it: the SVG snapshot shows what is left.
    view.sync(elements('en', [BUREAU, PLEDGE, PROJECT], [MADE, TARGETS]));
    expect(ids()).toEqual([BUREAU.id, PLEDGE.id, PROJECT.id].sort());
    expect(view.snapshot('t').edges).toHaveLength(2);
  });

  it('puts a removed node back where it was, and does not report it as new', async () => {
    create();
    view.sync(elements());
    await view.runLayout('concentric', []);
    const before = node(PLACE.id)!.position;
    expect(new Set(view.nodes().map((n) => `${n.position.x},${n.position.y}`)).size).toBe(4);

    view.sync(elements('zh', [BUREAU, PLEDGE, PROJECT]));
    expect(node(PLACE.id)).toBeUndefined();
    expect(view.sync(elements())).toEqual([]);
    expect(node(PLACE.id)!.position).toEqual(before);
  });

  it('places new nodes without moving the ones already placed', async () => {
    create();
    view.sync(elements('zh', [BUREAU, PLEDGE], [MADE]));
    await view.runLayout('fcose', []);
    const placed = new Map(view.nodes().map((n) => [n.id, n.position]));
    const added = view.sync(elements());
    await view.placeNew(added, PLEDGE.id);
    for (const [id, at] of placed) {
      expect(node(id)!.position.x).toBeCloseTo(at.x, 0);
      expect(node(id)!.position.y).toBeCloseTo(at.y, 0);
    }
    for (const id of added) expect(placed.has(id)).toBe(false);
    // Viewport moves cope without a screen: no animation, no error.
    view.fit();
    view.zoomTo([PROJECT.id]);
    view.centerOn(PLACE.id);
    view.focus();
  });

  it('select marks exactly the given elements', () => {
    create();
    view.sync(elements());
    view.select([BUREAU.id, PROJECT.id]);
    expect(
      view
        .nodes()
        .filter((n) => n.selected)
        .map((n) => n.id)
        .sort(),
    ).toEqual([BUREAU.id, PROJECT.id].sort());
    view.select([PLACE.id]);
    expect(
      view
        .nodes()
        .filter((n) => n.selected)
        .map((n) => n.id),
    ).toEqual([PLACE.id]);
    view.select([]);
    expect(view.nodes().some((n) => n.selected)).toBe(false);
  });

  it('setFilters hides nodes of hidden kinds, edges of hidden relationships, and the badges of hidden nodes', () => {
    create();
    view.sync(elements());
    view.setBadges(
      new Map([
        [PLACE.id, 3],
        [BUREAU.id, 2],
      ]),
    );
    view.setFilters(['PLACE'], ['TARGETS']);
    expect(node(PLACE.id)?.classes).toContain('filtered');
    expect(node(PLACE.id)?.visible).toBe(false);
    expect(node(BUREAU.id)?.classes).not.toContain('filtered');
    expect(node(BUREAU.id)?.visible).toBe(true);
    // TARGETS is hidden, and LOCATED_IN goes with the place it ends at: MADE alone is drawn.
    expect(view.snapshot('t').edges).toHaveLength(1);
    const badge = (id: string) => view.badges().find((b) => b.for === id);
    expect(badge(PLACE.id)).toMatchObject({ classes: expect.arrayContaining(['filtered']), visible: false });
    expect(badge(BUREAU.id)?.classes).not.toContain('filtered');

    view.setFilters([], []);
    expect(view.nodes().every((n) => n.visible && !n.classes.includes('filtered'))).toBe(true);
    expect(view.snapshot('t').edges).toHaveLength(3);
    expect(view.badges().every((b) => !b.classes.includes('filtered'))).toBe(true);
  });

  it('highlight puts the path on-path and dims the rest; null clears both', () => {
    create();
    view.sync(elements());
    view.highlight(new Set([BUREAU.id, MADE.id, PLEDGE.id]));
    expect(node(BUREAU.id)?.classes).toContain('on-path');
    expect(node(PLEDGE.id)?.classes).toContain('on-path');
    expect(node(PROJECT.id)?.classes).toContain('dimmed');
    const svg = view.snapshot('t');
    expect(svg.edges.filter((e) => e.emphasised)).toHaveLength(1);
    expect(svg.edges.filter((e) => e.faded)).toHaveLength(2);
    view.highlight(null);
    expect(view.nodes().every((n) => !n.classes.includes('on-path') && !n.classes.includes('dimmed'))).toBe(true);
  });

  it('a soft highlight (a walkthrough step) mutes the rest instead of dimming it, and replaces a path highlight', () => {
    create();
    view.sync(elements());
    view.highlight(new Set([BUREAU.id]));
    view.highlight(new Set([BUREAU.id, MADE.id, PLEDGE.id]), true);
    expect(node(PLEDGE.id)?.classes).toContain('on-path');
    expect(node(PROJECT.id)?.classes).toContain('muted');
    expect(node(PROJECT.id)?.classes).not.toContain('dimmed');
    expect(view.snapshot('t').edges.filter((e) => e.faded)).toHaveLength(2);
  });

  it('setBadges adds, updates and removes "+N more" badges, which are never counted as nodes', () => {
    create();
    view.sync(elements());
    view.setBadges(
      new Map([
        [BUREAU.id, 3],
        [PROJECT.id, 12],
      ]),
    );
    expect(
      view
        .badges()
        .map((b) => [b.for, b.label])
        .sort(),
    ).toEqual([
      [BUREAU.id, '+3'],
      [PROJECT.id, '+12'],
    ]);
    expect(view.nodes()).toHaveLength(4);
    view.setBadges(
      new Map([
        [BUREAU.id, 5],
        [PROJECT.id, 0],
      ]),
    );
    expect(view.badges().map((b) => [b.for, b.label])).toEqual([[BUREAU.id, '+5']]);
    // A badge goes with its node.
    view.sync(elements('zh', [PLEDGE, PROJECT, PLACE]));
    expect(view.badges()).toEqual([]);
    // No owner on the canvas, no badge.
    view.setBadges(new Map([[BUREAU.id, 4]]));
    expect(view.badges()).toEqual([]);
  });

  it('reads out copies: writing to what nodes() returned moves nothing', async () => {
    create();
    view.sync(elements());
    await view.runLayout('breadthfirst', [BUREAU.id]);
    const [first] = view.nodes();
    const at = { ...first!.position };
    first!.position.x += 1000;
    expect(node(first!.id)!.position).toEqual(at);
    expect(reported).toEqual([]);
  });

  it('draws a graph of a thousand nodes or more as a large one, and a smaller one as before', () => {
    create();
    const many = (n: number) => Array.from({ length: n }, (_, i) => entity(`pledge:${i}`, 'PLEDGE', `承诺${i}`));
    const chain = (n: number) => Array.from({ length: n - 1 }, (_, i) => edge(`pledge:${i}`, 'TARGETS', `pledge:${i + 1}`));
    const drawn = () => view.labels();
    view.sync(viewElements(many(LARGE_GRAPH.minNodes - 1), chain(LARGE_GRAPH.minNodes - 1), 'zh'));
    // Below the threshold: labels at their natural size, edges as the vocabulary draws them.
    expect(drawn().labels.every((l) => l.text !== '')).toBe(true);
    expect(drawn().edges.every((e) => e.lineStyle === relationLook('TARGETS').style && e.curve === 'bezier')).toBe(true);
    // One more node: every edge straight and solid, new elements unlabelled until the label pass.
    view.sync(viewElements(many(LARGE_GRAPH.minNodes), chain(LARGE_GRAPH.minNodes), 'zh'));
    expect(drawn().edges.every((e) => e.lineStyle === 'solid' && e.curve === 'haystack')).toBe(true);
    const newest = drawn().labels.find((l) => l.id === `pledge:${LARGE_GRAPH.minNodes - 1}`)!;
    expect(newest.text).toBe('');
    // And back: the edges are drawn as before again.
    view.sync(viewElements(many(10), chain(10), 'zh'));
    expect(drawn().edges.map((e) => [e.lineStyle, e.curve])).toEqual(Array(9).fill([relationLook('TARGETS').style, 'bezier']));
  });
});

import { describe, expect, it } from 'vitest';
import { overlaps, type Box } from '../../../client/src/graph/hideOverlaps.js';
import { coverLevels, labelSides, placeLabels } from '../../../client/src/graph/placeLabels.js';

const box = (x: number, y: number, w = 40, h = 12): Box => ({ x1: x, y1: y, x2: x + w, y2: y + h });
// A 20 × 20 node at (x, y) and its label 4 px below it.
const node = (x: number, y: number) => {
  const body = box(x - 10, y - 10, 20, 20);
  return { body, sides: labelSides(body, box(x - 20, y + 14)) };
};

describe('placing labels', () => {
  it('moves a label to another side of its node rather than hiding it', () => {
    // Side by side: their labels below would overlap.
    const a = node(0, 0);
    const b = node(30, 0);
    expect(overlaps(a.sides[0]!, b.sides[0]!)).toBe(true);
    const { chosen, hidden } = placeLabels([
      { id: 'b', priority: 2, boxes: b.sides, own: 'b' },
      { id: 'a', priority: 1, boxes: a.sides, own: 'a' },
    ]);
    expect(hidden.size).toBe(0);
    // The higher priority keeps its place below; the other goes above its node.
    expect(chosen.get('a')).toBe(0);
    expect(chosen.get('b')).toBe(1);
    // Without another side (an edge's label), the lower priority is hidden.
    expect([
      ...placeLabels([
        { id: 'a', priority: 1, boxes: [a.sides[0]!] },
        { id: 'b', priority: 2, boxes: [b.sides[0]!] },
      ]).hidden,
    ]).toEqual(['b']);
  });

  it('the sides keep the gap below and sit clear of the node', () => {
    const { body, sides } = node(100, 100);
    const [below, top, right, left] = sides;
    expect(below!.y1 - body.y2).toBe(top!.y2 < body.y1 ? body.y1 - top!.y2 : -1);
    expect(right!.x1 - body.x2).toBe(body.x1 - left!.x2);
    for (const side of sides) expect(overlaps(side, body)).toBe(false);
    for (const side of sides) expect([side.x2 - side.x1, side.y2 - side.y1]).toEqual([40, 12]);
  });

  it('keeps labels off other nodes when a side allows, and covers one only if it may', () => {
    const a = node(0, 0);
    const bodies = new Map([
      ['a', a.body],
      // A node right under a's label.
      ['x', box(-20, 14, 40, 12)],
    ]);
    const placed = placeLabels([{ id: 'a', priority: 3, boxes: a.sides, own: 'a' }], bodies);
    expect(placed.chosen.get('a')).toBe(1);
    // Every side covered by a node: a label that may not cover one is hidden; a bureau's is kept.
    const walled = new Map([...bodies, ['t', a.sides[1]!], ['r', a.sides[2]!], ['l', a.sides[3]!]]);
    expect(placeLabels([{ id: 'a', priority: 3, boxes: a.sides, own: 'a' }], walled).hidden.has('a')).toBe(true);
    const covered = placeLabels([{ id: 'a', priority: 0, boxes: a.sides, own: 'a', mayCover: true }], walled);
    expect(covered.chosen.get('a')).toBe(0);
    // …and said to cover, so that it is drawn above the node under it; a free side covers nothing.
    expect([...covered.covering.keys()]).toEqual(['a']);
    expect(covered.covering.get('a')).toContain('x');
    expect(placed.covering.size).toBe(0);
  });

  it('draws a name above every node it covers, one level above a covered node whose own name covers another', () => {
    // p's name lies on b, b's name on x (a node that names nothing over others), q's on x too.
    const levels = coverLevels(
      new Map([
        ['p', ['b']],
        ['b', ['x']],
        ['q', ['x']],
      ]),
    );
    expect(Object.fromEntries(levels)).toEqual({ p: 2, b: 1, q: 1 });
    // Two names on each other's nodes: the cycle is cut, both still get a level.
    const cycle = coverLevels(
      new Map([
        ['a', ['b']],
        ['b', ['a']],
      ]),
    );
    expect([...cycle.keys()].sort()).toEqual(['a', 'b']);
    expect(cycle.get('a')).not.toBe(cycle.get('b'));
  });

  it('inside a frame (the visible extent), a label takes a side within it; only a label that may cover leaves it, as a last resort', () => {
    // A node at the frame's left edge: its label below would cross the edge, the one on its right would not.
    const a = node(10, 50);
    const frame = box(0, 0, 200, 62);
    expect(a.sides[0]!.x1).toBeLessThan(frame.x1);
    expect(placeLabels([{ id: 'a', priority: 3, boxes: a.sides, own: 'a' }], new Map(), frame).chosen.get('a')).toBe(2);
    // Without the frame, below as ever.
    expect(placeLabels([{ id: 'a', priority: 3, boxes: a.sides, own: 'a' }]).chosen.get('a')).toBe(0);
    // No side inside a tiny frame: a pledge's label is hidden, a bureau's kept where it is clear of labels.
    const tiny = box(0, 40, 20, 20);
    expect(placeLabels([{ id: 'a', priority: 3, boxes: a.sides, own: 'a' }], new Map(), tiny).hidden.has('a')).toBe(true);
    expect(placeLabels([{ id: 'a', priority: 0, boxes: a.sides, own: 'a', mayCover: true }], new Map(), tiny).chosen.get('a')).toBe(0);
  });

  it('no two placed labels overlap, and a hidden one had no free side', () => {
    const nodes = Array.from({ length: 50 }, (_, i) => ({ id: `n${i}`, ...node((i * 37) % 220, (i * 23) % 120) }));
    const labels = nodes.map((n, i) => ({ id: n.id, priority: i % 4, boxes: n.sides, own: n.id, mayCover: true }));
    const { chosen, hidden } = placeLabels(labels);
    const kept = labels.filter((l) => chosen.has(l.id)).map((l) => ({ id: l.id, box: l.boxes[chosen.get(l.id)!]! }));
    expect(kept.length + hidden.size).toBe(labels.length);
    for (const a of kept) for (const b of kept) if (a !== b) expect(overlaps(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
    for (const h of labels.filter((l) => hidden.has(l.id))) for (const side of h.boxes) expect(kept.some((k) => overlaps(k.box, side))).toBe(true);
    expect(kept.length).toBeGreaterThan(10);
  });
});

import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../../schema/vocabulary/relationships.js';
import { GRAPH_STYLE } from '../../../client/src/graph/style.js';
import { arrowShape, dashArray, relationLook } from '../../../client/src/graph/relationLook.js';
import { toSvg } from '../../../client/src/graph/toSvg.js';

describe('how relationship types are drawn', () => {
  it('every type has a look of its own: no two share dash, arrow, colour and width', () => {
    const looks = RELATIONSHIP_TYPES.map((type) => relationLook(type));
    for (const look of looks) {
      expect(look.color).toMatch(/^#[0-9a-f]{6}$/i);
      expect(look.width).toBeGreaterThan(0);
    }
    expect(new Set(looks.map((l) => JSON.stringify(l))).size).toBe(RELATIONSHIP_TYPES.length);
    // Without colour (colour-blind readers, greyscale print) dash and arrow head still tell them apart.
    expect(new Set(looks.map((l) => `${l.style} ${l.arrow}`)).size).toBe(RELATIONSHIP_TYPES.length);
    // And colour alone tells them apart too.
    expect(new Set(looks.map((l) => l.color.toLowerCase())).size).toBe(RELATIONSHIP_TYPES.length);
  });

  it('the canvas style has one rule per type, from the same table', () => {
    for (const type of RELATIONSHIP_TYPES) {
      const rule = GRAPH_STYLE.find((r) => r.selector === `edge[type = "${type}"]`);
      const look = relationLook(type);
      expect(rule?.style).toMatchObject({ 'line-style': look.style, 'line-color': look.color, 'target-arrow-shape': look.arrow, width: look.width });
    }
  });

  it('an unknown type is a plain line; dashes scale with the width', () => {
    expect(relationLook('MADE_UP')).toMatchObject({ style: 'solid', arrow: 'triangle' });
    expect(dashArray({ style: 'solid', width: 2 })).toBeNull();
    expect(dashArray({ style: 'dashed', width: 2 })).toBe('8 6');
    expect(dashArray({ style: 'dotted', width: 2 })).toBe('2 4');
    expect(new Set(RELATIONSHIP_TYPES.map((t) => JSON.stringify(arrowShape(relationLook(t).arrow)))).size).toBeGreaterThan(6);
  });

  it('the SVG export draws each edge in its type’s dash, colour and arrow head, as the canvas does', () => {
    const node = (x: number) => ({ x, y: 0, size: 30, shape: 'ellipse' as const, color: '#fff', label: 'n' });
    const svg = toSvg({
      title: 't',
      nodes: [node(0), node(200)],
      edges: [
        { x1: 0, y1: 0, x2: 200, y2: 0, type: 'MADE' },
        { x1: 0, y1: 0, x2: 200, y2: 0, type: 'TARGETS' },
      ],
    });
    const made = relationLook('MADE');
    const targets = relationLook('TARGETS');
    expect(svg).toContain(`stroke="${made.color}" stroke-width="${made.width}"`);
    expect(svg).toContain(`stroke="${targets.color}" stroke-width="${targets.width}" stroke-dasharray="${dashArray(targets)}"`);
    expect(svg.match(/<marker /g)).toHaveLength(2);
    expect(svg).toContain('marker-end="url(#arrow-0)"');
    expect(svg).toContain('marker-end="url(#arrow-1)"');
  });
});

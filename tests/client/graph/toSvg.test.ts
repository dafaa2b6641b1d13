import { describe, expect, it } from 'vitest';
import { toSvg } from '../../../client/src/graph/toSvg.js';

describe('SVG export', () => {
  const snapshot = {
    title: 'A & B',
    nodes: [
      { x: 0, y: 0, size: 40, shape: 'diamond' as const, color: '#009E73', label: '复兴之路 <script>alert(1)</script>' },
      { x: 300, y: -120, size: 30, shape: 'ellipse' as const, color: '#E69F00', label: 'Pledge "one"', faded: true },
    ],
    edges: [{ x1: 0, y1: 0, x2: 300, y2: -120, label: 'concerns' }],
  };

  it('writes labels as text, never as markup', () => {
    const svg = toSvg(snapshot);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('复兴之路 &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('Pledge &quot;one&quot;');
    expect(svg).toContain('<title>A &amp; B</title>');
  });

  it('draws each node in its shape and the viewBox holds every node', () => {
    const svg = toSvg(snapshot);
    expect(svg.match(/<polygon /g)).toHaveLength(1);
    expect(svg.match(/<ellipse /g)).toHaveLength(1);
    const [minX, minY, width, height] = svg
      .match(/viewBox="([^"]+)"/)![1]!
      .split(' ')
      .map(Number) as [number, number, number, number];
    for (const n of snapshot.nodes) {
      expect(n.x).toBeGreaterThan(minX);
      expect(n.x).toBeLessThan(minX + width);
      expect(n.y).toBeGreaterThan(minY);
      expect(n.y).toBeLessThan(minY + height);
    }
    expect(svg).toContain('opacity="0.15"');
  });
});

import type { NodeShape } from './kinds.js';
import { arrowShape, dashArray, relationLook } from './relationLook.js';
import { shapePolygon } from './shapes.js';

export interface SvgNode {
  x: number;
  y: number;
  size: number;
  shape: NodeShape;
  color: string;
  label: string;
  faded?: boolean;
  emphasised?: boolean;
}

export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** The relationship type: its dash, colour and arrow head are the canvas's (relationLook.ts). */
  type?: string;
  label?: string;
  faded?: boolean;
  emphasised?: boolean;
}

export interface SvgSnapshot {
  nodes: SvgNode[];
  edges: SvgEdge[];
  title: string;
}

const FONT = 'system-ui, Noto Sans CJK SC, sans-serif';
const PAD = 40;

/** Data becomes SVG text only through this: labels from the API are never markup. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function nodeShape(n: SvgNode): string {
  const stroke = n.emphasised ? 'stroke="#000" stroke-width="4"' : 'stroke="#1d2430" stroke-width="1.5"';
  const fill = `fill="${escapeXml(n.color)}"`;
  const points = shapePolygon(n.shape, n.size, n.size);
  if (points) return `<polygon points="${points.map(([x, y]) => `${x + n.x},${y + n.y}`).join(' ')}" ${fill} ${stroke}/>`;
  if (n.shape === 'ellipse') return `<ellipse cx="${n.x}" cy="${n.y}" rx="${n.size / 2}" ry="${n.size / 2}" ${fill} ${stroke}/>`;
  const rx = n.shape === 'round-rectangle' ? ` rx="${n.size / 6}"` : '';
  return `<rect x="${n.x - n.size / 2}" y="${n.y - n.size / 2}" width="${n.size}" height="${n.size}"${rx} ${fill} ${stroke}/>`;
}

/** A standalone SVG of the view (vector: for slides and print), from positions the caller read off the canvas. */
export function toSvg(snapshot: SvgSnapshot): string {
  const xs = snapshot.nodes.flatMap((n) => [n.x - n.size / 2 - 60, n.x + n.size / 2 + 60]);
  const ys = snapshot.nodes.flatMap((n) => [n.y - n.size / 2, n.y + n.size / 2 + 24]);
  const minX = Math.min(0, ...xs) - PAD;
  const minY = Math.min(0, ...ys) - PAD;
  const width = Math.max(1, ...xs) - minX + PAD;
  const height = Math.max(1, ...ys) - minY + PAD;
  const types = [...new Set(snapshot.edges.map((e) => e.type ?? ''))];
  const markerId = (type: string) => `arrow-${types.indexOf(type)}`;
  const markers = types.map((type) => {
    const look = relationLook(type);
    const head = arrowShape(look.arrow);
    const attrs = Object.entries(head.attrs)
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('');
    return `<marker id="${markerId(type)}" viewBox="0 0 10 10" refX="22" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><${head.tag}${attrs} fill="${escapeXml(look.color)}"/></marker>`;
  });
  const edges = snapshot.edges.map((e) => {
    const look = relationLook(e.type ?? '');
    const dash = dashArray(look);
    const stroke = e.emphasised
      ? 'stroke="#1d2430" stroke-width="4"'
      : `stroke="${escapeXml(look.color)}" stroke-width="${look.width}"${dash ? ` stroke-dasharray="${dash}"` : ''}`;
    const label = e.label
      ? `<text x="${(e.x1 + e.x2) / 2}" y="${(e.y1 + e.y2) / 2 - 3}" font-size="9" fill="#4a5565" text-anchor="middle">${escapeXml(e.label)}</text>`
      : '';
    return `<g${e.faded ? ' opacity="0.15"' : ''}><line x1="${e.x1}" y1="${e.y1}" x2="${e.x2}" y2="${e.y2}" ${stroke} marker-end="url(#${markerId(e.type ?? '')})"/>${label}</g>`;
  });
  const nodes = snapshot.nodes.map(
    (n) =>
      `<g${n.faded ? ' opacity="0.15"' : ''}>${nodeShape(n)}<text x="${n.x}" y="${n.y + n.size / 2 + 14}" font-size="11" fill="#1d2430" text-anchor="middle"${n.emphasised ? ' font-weight="bold"' : ''}>${escapeXml(n.label)}</text></g>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX} ${minY} ${width} ${height}" width="${Math.round(width)}" height="${Math.round(height)}" font-family="${FONT}">`,
    `<title>${escapeXml(snapshot.title)}</title>`,
    `<defs>${markers.join('')}</defs>`,
    `<rect x="${minX}" y="${minY}" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...edges,
    ...nodes,
    '</svg>',
  ].join('\n');
}

import type { NodeSingular, Position } from 'cytoscape';

/** What automation (and the browser tests) may read of the canvas. */
export interface CanvasNode {
  id: string;
  label: string;
  kind: string;
  classes: string[];
  selected: boolean;
  visible: boolean;
  position: Position;
  /** A pledge's status ring as drawn (colour as Cytoscape computes it, rgb(…)); absent on other nodes. */
  ring?: { status: string; color: string; style: string; width: number };
}

/** A "+N more" badge as automation sees it: whose it is and what it says. */
export interface CanvasBadge {
  for: string;
  label: string;
  classes: string[];
  visible: boolean;
}

/**
 * Whether the user can see it. visible() is cached until the element's style is next worked out,
 * which drawing a frame does (a headless canvas never draws): reading a style property does it too.
 */
function shown(n: NodeSingular): boolean {
  n.style('display');
  return n.visible();
}

/** Copies, so a reader can never move a node by writing to what it got back. */
export function canvasNodes(nodes: NodeSingular[]): CanvasNode[] {
  return nodes.map((n) => ({
    id: n.id(),
    label: n.data('label') as string,
    kind: n.data('kind') as string,
    classes: n.classes(),
    selected: n.selected(),
    visible: shown(n),
    position: { ...n.position() },
    ...(n.data('status') ? { ring: ring(n) } : {}),
  }));
}

function ring(n: NodeSingular): NonNullable<CanvasNode['ring']> {
  return {
    status: n.data('status') as string,
    color: n.style('outline-color') as string,
    style: n.style('outline-style') as string,
    width: parseFloat(n.style('outline-width') as string),
  };
}

export function canvasBadges(badges: NodeSingular[]): CanvasBadge[] {
  return badges.map((b) => ({ for: b.data('for') as string, label: b.data('label') as string, classes: b.classes(), visible: shown(b) }));
}

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
}

/** Copies, so a reader can never move a node by writing to what it got back. */
export function canvasNodes(nodes: NodeSingular[]): CanvasNode[] {
  return nodes.map((n) => ({
    id: n.id(),
    label: n.data('label'),
    kind: n.data('kind'),
    classes: n.classes(),
    selected: n.selected(),
    visible: n.visible(),
    position: { ...n.position() },
  }));
}

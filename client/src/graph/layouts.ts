import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../state/ViewState.js';
import { isLargeGraph, LARGE_GRAPH } from './largeGraph.js';

/** fcose, the default: a force-directed layout that respects constraints. */
export const FCOSE_DEFAULTS = {
  name: 'fcose',
  // 'default' is a good balance for a few hundred nodes; 'proof' costs twice the time for little gain.
  quality: 'default',
  // Start from a spectral layout: a full layout should not depend on where nodes happen to be.
  randomize: true,
  animate: true,
  animationDuration: 450,
  fit: true,
  padding: 40,
  // Labels are counted, so that names never sit on top of each other: the canvas is for reading.
  // (An incremental layout cannot count them, see below.)
  nodeDimensionsIncludeLabels: true,
  // Room between nodes for a two- or three-line label; repulsion strong enough that a crowded
  // cluster (a project many pledges name) spreads out instead of piling up.
  idealEdgeLength: 50,
  nodeRepulsion: 4000,
  nodeSeparation: 30,
  // Disconnected pieces (a bureau that shares nothing) are packed beside the rest, not flung away.
  packComponents: true,
  numIter: 2500,
} as const;

/**
 * Expansion: only the new nodes move. Everything already placed is pinned with a fixed-node
 * constraint and the layout starts from current positions (randomize off), so the user's
 * mental map survives the click.
 */
export function incrementalFcose(fixed: { nodeId: string; position: { x: number; y: number } }[]): LayoutOptions {
  return {
    ...FCOSE_DEFAULTS,
    randomize: false,
    fit: false,
    // Packing moves whole components, pinned nodes included: off while anything is pinned.
    packComponents: false,
    // With labels counted, fcose pins the centre of node+label, not of the node: a pinned node
    // would drift by half its label's height. Longer edges and stronger repulsion leave the
    // labels their room instead, so that a bureau's twenty pledges fan out rather than pile up.
    nodeDimensionsIncludeLabels: false,
    idealEdgeLength: 120,
    nodeRepulsion: 20000,
    nodeSeparation: 90,
    animationDuration: 400,
    fixedNodeConstraint: fixed,
  } as unknown as LayoutOptions;
}

// Three rings, not one per kind: a ring for a kind with one or two nodes (the shared project, two
// places) would cost as much room as the ring of pledges and leave the picture tall and tiny.
const RING: Record<string, number> = { BUREAU: 3, EVENT: 3, PLEDGE: 2, DOCUMENT: 0 };

/** Concentric by kind: bureaus in the middle, then pledges, then what the pledges name. */
export const CONCENTRIC_BY_KIND = {
  name: 'concentric',
  concentric: (node: NodeSingular) => RING[node.data('kind') as string] ?? 1,
  // One ring per value above.
  levelWidth: () => 1,
  // Labels are not counted: each ring would then be a label's width from the next, and the
  // fitted picture too small to read. Spacing on the ring leaves room for a label instead.
  minNodeSpacing: 60,
  animate: true,
  animationDuration: 450,
  fit: true,
  padding: 40,
  nodeDimensionsIncludeLabels: false,
} as const;

/** Breadth-first from the selection: distance from what the user is looking at becomes depth. */
export function breadthFirstFrom(roots: string[]): LayoutOptions {
  return {
    name: 'breadthfirst',
    roots: roots.length ? roots.map((id) => `#${cssEscape(id)}`).join(',') : undefined,
    // Relationships are read in both directions when exploring.
    directed: false,
    // Not counting labels keeps levels close enough to read when fitted; the factor leaves a
    // label's width between neighbours on a level.
    spacingFactor: 1.75,
    animate: true,
    animationDuration: 450,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: false,
  } as LayoutOptions;
}

/** `nodeCount`: the nodes on the canvas; a large graph is laid out as largeGraph.ts says. */
export function layoutOptions(name: LayoutName, selection: string[], nodeCount = 0): LayoutOptions {
  const options = name === 'concentric' ? CONCENTRIC_BY_KIND : name === 'breadthfirst' ? breadthFirstFrom(selection) : FCOSE_DEFAULTS;
  return isLargeGraph(nodeCount) ? { ...options, ...LARGE_GRAPH.layout } : options;
}

/** Ids contain ':' and '|', which are special in Cytoscape selectors. */
export function cssEscape(id: string): string {
  return id.replace(/([^A-Za-z0-9_-])/g, '\\$1');
}

import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../state/ViewState.js';
import { KIND_ORDER, kindRank } from './kinds.js';

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
  // Counting labels would size nodes by pledge clauses that are hidden at overview zoom and
  // push everything apart; edge length and separation leave room for the short names instead.
  nodeDimensionsIncludeLabels: false,
  // Short edges and moderate repulsion keep a fitted overview large enough to read.
  idealEdgeLength: 80,
  nodeRepulsion: 4000,
  nodeSeparation: 60,
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
    // would drift by half its label's height.
    nodeDimensionsIncludeLabels: false,
    animationDuration: 400,
    fixedNodeConstraint: fixed,
  } as unknown as LayoutOptions;
}

/** Concentric by kind: bureaus in the middle, then pledges, then what the pledges name. */
export const CONCENTRIC_BY_KIND = {
  name: 'concentric',
  concentric: (node: NodeSingular) => KIND_ORDER.length - kindRank(node.data('kind')),
  // One ring per kind (levels differ by 1).
  levelWidth: () => 1,
  minNodeSpacing: 18,
  animate: true,
  animationDuration: 450,
  fit: true,
  padding: 40,
  nodeDimensionsIncludeLabels: true,
} as const;

/** Breadth-first from the selection: distance from what the user is looking at becomes depth. */
export function breadthFirstFrom(roots: string[]): LayoutOptions {
  return {
    name: 'breadthfirst',
    roots: roots.length ? roots.map((id) => `#${cssEscape(id)}`).join(',') : undefined,
    // Relationships are read in both directions when exploring.
    directed: false,
    spacingFactor: 1.1,
    animate: true,
    animationDuration: 450,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: true,
  } as LayoutOptions;
}

export function layoutOptions(name: LayoutName, selection: string[]): LayoutOptions {
  if (name === 'concentric') return CONCENTRIC_BY_KIND as unknown as LayoutOptions;
  if (name === 'breadthfirst') return breadthFirstFrom(selection);
  return FCOSE_DEFAULTS as unknown as LayoutOptions;
}

/** Ids contain ':' and '|', which are special in Cytoscape selectors. */
export function cssEscape(id: string): string {
  return id.replace(/([^A-Za-z0-9_-])/g, '\\$1');
}

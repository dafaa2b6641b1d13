import type { NodeSingular, StylesheetStyle } from 'cytoscape';
import { RELATIONSHIP_TYPES } from '../../../schema/vocabulary/relationships.js';
import { LARGE_GRAPH } from './largeGraph.js';
import { relationLook } from './relationLook.js';
import { PLEDGE_STATUSES, STATUS_LOOK } from './statusLook.js';

const INK = '#1d2430';

// Label sizes follow the zoom (labelPlan.ts, applied by graphView.ts as data `font` and `wrap`):
// a label is drawn at 11 CSS px or more, or hidden (class label-off / label-crowded), never
// shrunk. Data mappers rather than functions: Cytoscape keys its label textures on them.

/** The Cytoscape stylesheet. Look per kind comes from node data (see kinds.ts / toElements.ts). */
export const GRAPH_STYLE: StylesheetStyle[] = [
  {
    selector: 'node',
    style: {
      shape: 'data(shape)' as never,
      'background-color': 'data(color)',
      width: 'data(size)',
      height: 'data(size)',
      // A dark outline keeps light fills (sky blue, orange) visible on white and in greyscale print.
      'border-width': 1.5,
      'border-color': INK,
      label: 'data(label)',
      'font-size': 'data(font)',
      'font-family': 'system-ui, "Noto Sans CJK SC", sans-serif',
      color: INK,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': 'data(wrap)',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      // Which labels show is labelPlan.ts's call (Cytoscape's own threshold works on texture
      // levels, not the real zoom, so it lets 7 px labels through).
      'min-zoomed-font-size': 0,
    },
  },
  // A pledge's status: a ring outside its border (the border is selection's, paths' and pins'), per statusLook.ts.
  ...PLEDGE_STATUSES.filter((status) => STATUS_LOOK[status].width > 0).map((status): StylesheetStyle => ({
    selector: `node[status = "${status}"]`,
    style: {
      'outline-width': STATUS_LOOK[status].width,
      'outline-color': STATUS_LOOK[status].color,
      'outline-style': STATUS_LOOK[status].style,
      'outline-offset': 2,
    },
  })),
  { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#000000', 'font-weight': 'bold', 'z-index': 20 } },
  // A bureau's, project's or place's name kept over another node (canvasLabels.ts): drawn above
  // it, selected nodes too, or that body would cover the name (`over`: 1 above a node that
  // covers none, 2 above one that covers …, coverLevels): 21 and up, over selected nodes (20),
  // under paths (30).
  { selector: 'node.label-over', style: { 'z-index': (n: NodeSingular) => 20 + Math.min(9, Number(n.data('over') ?? 1)) } },
  // Pinned: a double border, so a pinned node reads as held in place even while selected.
  { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 6 } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#8a94a3',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#8a94a3',
      'arrow-scale': 0.9,
      label: 'data(label)',
      // Edge labels on hover, on selection and zoomed in to 1:1 (labelPlan.ts): at overview
      // scale they are noise.
      'font-size': 'data(font)',
      color: '#4a5565',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'min-zoomed-font-size': 0,
    },
  },
  // Bundled curves, except in a large graph (largeGraph.ts), whose edges are never given them.
  { selector: `edge[!${LARGE_GRAPH.edgeFlag}]`, style: { 'curve-style': 'bezier' } },
  // Each relationship type its own dash, arrow head, colour and width (relationLook.ts, the
  // vocabulary's table): MADE, TARGETS, PARTNERS and CONCERNS can be told apart without colour.
  ...RELATIONSHIP_TYPES.map((type): StylesheetStyle => {
    const { style, color, arrow, width } = relationLook(type);
    return {
      selector: `edge[type = "${type}"]`,
      style: { 'line-style': style, 'line-color': color, 'target-arrow-color': color, 'target-arrow-shape': arrow, width },
    };
  }),
  // Thousands of nodes (largeGraph.ts): straight solid lines without heads, in each type's colour and width.
  { selector: `edge[?${LARGE_GRAPH.edgeFlag}]`, style: { 'curve-style': 'haystack', 'line-style': 'solid' } },
  { selector: '.label-off, .label-crowded', style: { label: '' } },
  // Another side of the node when the one below is taken (canvasLabels.ts); same gap as below.
  { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': -4 } },
  { selector: 'node.label-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 4, 'text-margin-y': 0 } },
  { selector: 'node.label-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': -4, 'text-margin-y': 0 } },
  { selector: 'edge:selected', style: { width: 4, 'line-color': '#000000', 'target-arrow-color': '#000000', 'z-index': 20 } },
  { selector: '.filtered', style: { display: 'none' } },
  { selector: '.dimmed', style: { opacity: 0.15 } },
  // A walkthrough step's context stays legible from the back of a room; a path's does not need to.
  { selector: '.muted', style: { opacity: 0.4 } },
  { selector: 'node.on-path', style: { 'border-width': 5, 'border-color': '#000000', 'z-index': 30 } },
  {
    selector: 'edge.on-path',
    style: { width: 5, 'line-color': INK, 'target-arrow-color': INK, 'line-style': 'solid', 'z-index': 30 },
  },
  {
    selector: 'node.more-badge',
    style: {
      shape: 'round-rectangle',
      'background-color': INK,
      'border-width': 0,
      color: '#ffffff',
      label: 'data(label)',
      // badges.ts sizes it per zoom: at least 11 px on screen, as every label.
      'font-size': 'data(font)',
      'font-weight': 'bold',
      'text-valign': 'center',
      'text-margin-y': 0,
      'text-background-opacity': 0,
      width: 'data(width)',
      height: 'data(height)',
      'min-zoomed-font-size': 0,
    },
  },
];

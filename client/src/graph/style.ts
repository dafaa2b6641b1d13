import type { StylesheetStyle } from 'cytoscape';
import { RELATIONSHIPS, RELATIONSHIP_TYPES } from '../../../schema/vocabulary/relationships.js';

const INK = '#1d2430';

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
      'font-size': 14,
      'font-family': 'system-ui, "Noto Sans CJK SC", sans-serif',
      color: INK,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      // Names are the point of the view: keep them even when zoomed out to fit.
      'min-zoomed-font-size': 0,
    },
  },
  {
    // Pledge names are whole clauses: shown once the user zooms in, so that at overview scale
    // the bureaus and what they share stay legible.
    selector: 'node[kind = "PLEDGE"]',
    style: { 'font-size': 12, 'min-zoomed-font-size': 12 },
  },
  { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#000000', 'font-weight': 'bold', 'z-index': 20 } },
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
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 9,
      color: '#4a5565',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      // Edge labels only once the user zooms in: at overview scale they are noise.
      'min-zoomed-font-size': 10,
    },
  },
  // Each relationship type its own dash, colour and arrow head (schema/vocabulary/relationships.ts):
  // MADE, TARGETS, PARTNERS and CONCERNS can be told apart without reading a label.
  ...RELATIONSHIP_TYPES.map((type): StylesheetStyle => {
    const { style, color, arrow } = RELATIONSHIPS[type].line;
    return {
      selector: `edge[type = "${type}"]`,
      style: { 'line-style': style, 'line-color': color, 'target-arrow-color': color, 'target-arrow-shape': arrow },
    };
  }),
  { selector: 'edge:selected', style: { width: 4, 'line-color': '#000000', 'target-arrow-color': '#000000', 'z-index': 20 } },
  { selector: '.filtered', style: { display: 'none' } },
  { selector: '.dimmed', style: { opacity: 0.15 } },
  // A walkthrough step's context stays legible from the back of a room; a path's does not need to.
  { selector: '.muted', style: { opacity: 0.4 } },
  { selector: 'node.on-path', style: { 'border-width': 5, 'border-color': '#000000', 'z-index': 30 } },
  {
    selector: 'edge.on-path',
    style: { width: 5, 'line-color': INK, 'target-arrow-color': INK, 'line-style': 'solid', 'z-index': 30, 'min-zoomed-font-size': 0 },
  },
  {
    selector: 'node.more-badge',
    style: {
      shape: 'round-rectangle',
      'background-color': INK,
      'border-width': 0,
      color: '#ffffff',
      label: 'data(label)',
      'font-size': 10,
      'font-weight': 'bold',
      'text-valign': 'center',
      'text-margin-y': 0,
      'text-background-opacity': 0,
      width: 'data(width)',
      height: 16,
      'min-zoomed-font-size': 0,
    },
  },
];

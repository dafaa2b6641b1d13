import type { CytoscapeOptions } from 'cytoscape';
import { GRAPH_STYLE } from './style.js';

/** Everything the canvas is created with but its container. */
export const CANVAS_OPTIONS: Omit<CytoscapeOptions, 'container'> = {
  style: GRAPH_STYLE,
  boxSelectionEnabled: false,
  selectionType: 'single',
  minZoom: 0.1,
  maxZoom: 4,
};

/** Fitting two or three nodes would blow them up to poster size. */
export const FIT_MAX_ZOOM = 1.4;

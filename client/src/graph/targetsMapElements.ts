import type { ElementDefinition, StylesheetStyle } from 'cytoscape';
import type { StageKey } from '../state/targetsState.js';
import type { TargetsMap } from './targetsMap.js';

/** One colour per stage, the same as the legend's (style.css: .stage-swatch.stage-…). */
export const STAGE_COLOURS: Record<StageKey, string> = {
  SETTLED: '#2e7d32',
  COURTED: '#1565c0',
  STUDIED: '#b54708',
  WATCHED: '#6a1b9a',
  NONE: '#5f6670',
};

const INK = '#1d2430';
const FONT = 'system-ui, "Noto Sans CJK SC", sans-serif';

/** The map as Cytoscape elements with preset positions (the layout is done: see targetsMap). */
export function targetsMapElements(map: TargetsMap): ElementDefinition[] {
  const label = (name: string, other: string | null) => (other ? `${name}\n${other}` : name);
  return [
    ...map.areas.map((a) => ({
      group: 'nodes' as const,
      data: { id: a.id, label: label(a.name, a.other), size: 2 * a.r, entity: a.unplaced ? null : a.id.replace(/^area\|/, '') },
      position: { x: a.x, y: a.y },
      classes: a.unplaced ? 'area unplaced' : 'area',
      selectable: false,
    })),
    ...map.companies.map((c) => ({
      group: 'nodes' as const,
      data: { id: c.id, label: c.name, other: c.other, area: c.area, stage: c.stage, color: STAGE_COLOURS[c.stage] },
      position: { x: c.x, y: c.y },
      classes: 'company',
    })),
    ...map.bureaus.map((b) => ({
      group: 'nodes' as const,
      data: { id: b.id, label: b.name, full: b.full },
      position: { x: b.x, y: b.y },
      classes: 'bureau',
      selectable: false,
    })),
    ...map.links.map((l) => ({
      group: 'edges' as const,
      data: { id: l.id, source: l.bureau, target: l.company, stage: l.stage, color: STAGE_COLOURS[l.stage] },
      classes: 'link',
      selectable: false,
    })),
    ...map.reaches.map((r) => ({ group: 'edges' as const, data: { id: r.id, source: r.company, target: r.area }, classes: 'reach', selectable: false })),
  ];
}

export const TARGETS_MAP_STYLE: StylesheetStyle[] = [
  {
    selector: 'node',
    style: { label: 'data(label)', 'font-family': FONT, color: INK, 'text-wrap': 'wrap', 'min-zoomed-font-size': 0, 'text-events': 'no' },
  },
  {
    // Areas first (under everything): a pale disc, the destination's names at its top.
    selector: 'node.area',
    style: {
      shape: 'ellipse',
      width: 'data(size)',
      height: 'data(size)',
      'background-color': '#e8f0f7',
      'background-opacity': 0.9,
      'border-width': 2,
      'border-color': '#7b93ad',
      'font-size': 26,
      'font-weight': 'bold',
      'text-valign': 'top',
      'text-margin-y': -6,
      'text-max-width': '250px',
      'z-index': 1,
      events: 'no',
    },
  },
  { selector: 'node.unplaced', style: { 'background-color': '#f3f3f1', 'border-style': 'dashed', 'border-color': '#9a9a94' } },
  {
    selector: 'node.company',
    style: {
      shape: 'round-rectangle',
      width: 22,
      height: 22,
      'background-color': 'data(color)',
      'border-width': 1.5,
      'border-color': INK,
      'font-size': 17,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-max-width': '125px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      'z-index': 10,
    },
  },
  { selector: 'node.company:selected', style: { 'border-width': 5, 'border-color': '#000000', 'font-weight': 'bold', 'z-index': 20 } },
  {
    selector: 'node.bureau',
    style: {
      shape: 'hexagon',
      width: 30,
      height: 30,
      'background-color': '#d64545',
      'border-width': 1.5,
      'border-color': INK,
      'font-size': 19,
      'font-weight': 'bold',
      'text-valign': 'bottom',
      'text-max-width': '150px',
      'z-index': 10,
    },
  },
  {
    selector: 'edge.link',
    style: {
      width: 2,
      'line-color': 'data(color)',
      'curve-style': 'straight',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': 'data(color)',
      opacity: 0.75,
      'z-index': 5,
    },
  },
  { selector: 'edge.reach', style: { width: 1.5, 'line-style': 'dashed', 'line-color': '#7b93ad', 'curve-style': 'straight', opacity: 0.8, 'z-index': 5 } },
];

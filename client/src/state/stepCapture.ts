import type { DraftStep } from './walkDraft.js';

/** What the canvas shows when the user says "Add this view as a step". */
export interface ViewCapture {
  /** Nodes the user sees (after the filters), in the order they came. */
  shown: readonly string[];
  /** Selected ids (nodes and edges). */
  selection: readonly string[];
  /** Elements drawn emphasised (a path's), or null when nothing is. */
  highlight: ReadonlySet<string> | null;
  /** Model positions of the nodes, as the canvas has them now. */
  positions: ReadonlyMap<string, { x: number; y: number }>;
  viewport: { zoom: number; pan: { x: number; y: number } };
}

// Positions to a hundredth of a pixel: exact enough to reproduce the picture, short in YAML.
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The step that reproduces the view: its nodes, placed where they are (preset), the camera as it
 * is, the selection; what a path emphasises is its highlight, else what is selected.
 */
export function captureStep(capture: ViewCapture, texts: { title: string; titleZh: string }): DraftStep {
  const focus = [...new Set(capture.shown)];
  const inFocus = new Set(focus);
  const selection = [...new Set(capture.selection)].filter((id) => inFocus.has(id));
  const highlight = capture.highlight ? focus.filter((id) => capture.highlight!.has(id)) : selection;
  const positions = focus.flatMap((id) => {
    const at = capture.positions.get(id);
    return at ? [{ id, x: round(at.x), y: round(at.y) }] : [];
  });
  const placed = positions.length === focus.length;
  const { zoom, pan } = capture.viewport;
  return {
    ...texts,
    narration: '',
    narrationZh: '',
    notes: '',
    notesZh: '',
    focus,
    highlight,
    selection,
    // Without every position a preset would leave nodes on a pile: the step is laid out instead.
    layout: placed ? 'preset' : 'fcose',
    positions: placed ? positions : [],
    viewport: placed ? { zoom: Math.round(zoom * 10000) / 10000, x: round(pan.x), y: round(pan.y) } : null,
  };
}

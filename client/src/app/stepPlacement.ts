import type { StepRecord } from '../api/records.js';
import { LAYOUTS, type LayoutName } from '../state/ViewState.js';
import type { Placement } from './renderViews.js';

/**
 * How the canvas places a walkthrough step: where the step saved a position for every node it
 * shows, exactly there (the same picture on every load, in every window); otherwise its layout
 * (fcose when it names none), fitted. Either way a step is a new picture, not an edit of the last.
 */
export function stepPlacement(step: Pick<StepRecord, 'focus' | 'positions' | 'viewport' | 'layout'> | undefined): Placement {
  const placed = new Set(step?.positions.map((p) => p.id));
  if (step && step.positions.length && step.focus.every((id) => placed.has(id))) {
    return { full: true, preset: { positions: step.positions, viewport: step.viewport } };
  }
  const layout = LAYOUTS.find((name: LayoutName) => name === step?.layout) ?? 'fcose';
  return { full: true, layout };
}

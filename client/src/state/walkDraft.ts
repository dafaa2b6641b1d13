import type { StepRecord, WalkthroughRecord } from '../api/records.js';
import type { StepInput, WalkthroughInput } from '../generated/graphql.js';

/** The texts of a step the editor lets the user write, in both languages. */
export type StepText = 'title' | 'titleZh' | 'narration' | 'narrationZh' | 'notes' | 'notesZh';
export const STEP_TEXTS: readonly StepText[] = ['title', 'titleZh', 'narration', 'narrationZh', 'notes', 'notesZh'];

/** A step being edited: texts as typed (empty when unwritten), and the canvas it was captured from. */
export type DraftStep = Record<StepText, string> & Pick<StepRecord, 'focus' | 'highlight' | 'selection' | 'layout' | 'positions' | 'viewport'>;

/** A walkthrough being edited: a copy of a saved one (id) or a new one (no id). */
export interface Draft {
  id: string | null;
  /** A seeded walkthrough: a read-only template, to duplicate rather than change. */
  seed: boolean;
  title: string;
  titleZh: string;
  steps: DraftStep[];
  /** Changed since it was opened or last saved. */
  dirty: boolean;
}

export type SaveProblem = 'seed' | 'noTitle' | 'noSteps' | 'untitledStep';

export function emptyDraft(): Draft {
  return { id: null, seed: false, title: '', titleZh: '', steps: [], dirty: false };
}

const text = (value: string | null | undefined) => value ?? '';

export function draftOf(w: WalkthroughRecord): Draft {
  return {
    id: w.id,
    seed: w.origin === 'SEED',
    title: w.title,
    titleZh: text(w.titleZh),
    dirty: false,
    steps: w.steps.map((s) => ({
      title: s.title,
      titleZh: text(s.titleZh),
      narration: s.narration,
      narrationZh: text(s.narrationZh),
      notes: text(s.notes),
      notesZh: text(s.notesZh),
      focus: [...s.focus],
      highlight: [...s.highlight],
      selection: [...s.selection],
      layout: s.layout,
      positions: s.positions.map((p) => ({ ...p })),
      viewport: s.viewport ? { ...s.viewport } : null,
    })),
  };
}

/** A copy that saving creates anew (a seeded template becomes the user's own). */
export function duplicateDraft(draft: Draft, copyTitle: (title: string) => string): Draft {
  return {
    ...draft,
    id: null,
    seed: false,
    title: copyTitle(draft.title),
    titleZh: draft.titleZh && copyTitle(draft.titleZh),
    steps: draft.steps.map((s) => ({ ...s })),
    dirty: true,
  };
}

export function editTitle(draft: Draft, patch: Partial<Pick<Draft, 'title' | 'titleZh'>>): Draft {
  return { ...draft, ...patch, dirty: true };
}

/** Adds a step at `at` (the end by default). */
export function addStep(draft: Draft, step: DraftStep, at = draft.steps.length): Draft {
  const steps = [...draft.steps];
  steps.splice(Math.max(0, Math.min(at, steps.length)), 0, step);
  return { ...draft, steps, dirty: true };
}

export function editStep(draft: Draft, index: number, patch: Partial<Record<StepText, string>>): Draft {
  if (!draft.steps[index]) return draft;
  return { ...draft, steps: draft.steps.map((s, i) => (i === index ? { ...s, ...patch } : s)), dirty: true };
}

/** Moves step `index` by `delta` places; at an end it stays (and the draft is unchanged). */
export function moveDraftStep(draft: Draft, index: number, delta: number): Draft {
  const to = index + delta;
  if (!draft.steps[index] || to < 0 || to >= draft.steps.length) return draft;
  const steps = [...draft.steps];
  const [step] = steps.splice(index, 1);
  steps.splice(to, 0, step!);
  return { ...draft, steps, dirty: true };
}

export function deleteStep(draft: Draft, index: number): Draft {
  if (!draft.steps[index]) return draft;
  return { ...draft, steps: draft.steps.filter((_, i) => i !== index), dirty: true };
}

/** Why the draft cannot be saved as it is, or null when it can. */
export function saveProblem(draft: Draft): SaveProblem | null {
  if (draft.seed) return 'seed';
  if (!draft.title.trim()) return 'noTitle';
  if (!draft.steps.length) return 'noSteps';
  if (draft.steps.some((s) => !s.title.trim())) return 'untitledStep';
  return null;
}

/** Unwritten optional texts are left out rather than sent empty. */
const optional = (value: string) => (value.trim() ? value.trim() : null);

export function toStepInput(step: DraftStep): StepInput {
  return {
    title: step.title.trim(),
    titleZh: optional(step.titleZh),
    narration: step.narration.trim(),
    narrationZh: optional(step.narrationZh),
    notes: optional(step.notes),
    notesZh: optional(step.notesZh),
    focus: [...step.focus],
    highlight: [...step.highlight],
    selection: [...step.selection],
    layout: step.layout,
    positions: step.positions.map(({ id, x, y }) => ({ id, x, y })),
    viewport: step.viewport ? { zoom: step.viewport.zoom, x: step.viewport.x, y: step.viewport.y } : null,
  };
}

/** What saveWalkthrough gets: with the id of a user walkthrough it replaces it, without one it creates. */
export function toInput(draft: Draft): WalkthroughInput {
  return {
    ...(draft.id && !draft.seed ? { id: draft.id } : {}),
    title: draft.title.trim(),
    titleZh: optional(draft.titleZh),
    steps: draft.steps.map(toStepInput),
  };
}

/** The draft as the presenter shows it (preview): the same record a saved walkthrough would be. */
export function draftAsRecord(draft: Draft, id: string): WalkthroughRecord {
  return {
    id,
    title: draft.title,
    titleZh: optional(draft.titleZh),
    origin: 'USER',
    updatedAt: null,
    steps: draft.steps.map((s) => ({
      ...s,
      titleZh: optional(s.titleZh),
      narrationZh: optional(s.narrationZh),
      notes: optional(s.notes),
      notesZh: optional(s.notesZh),
    })),
  };
}

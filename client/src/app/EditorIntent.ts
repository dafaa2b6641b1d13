import type { StepText } from '../state/walkDraft.js';

/** What the user did in the walkthrough editor (reported as the intent `walkEditor`). */
export type EditorIntent =
  /** The top bar's "Walkthroughs": opens the editor, or closes it (the view has asked about unsaved changes). */
  | { type: 'toggle' }
  | { type: 'close' }
  /** Picked a walkthrough to edit; '' starts a new one. */
  | { type: 'choose'; id: string }
  | { type: 'duplicate' }
  /** Confirmed already by the view. */
  | { type: 'delete' }
  | { type: 'save' }
  | { type: 'import'; yaml: string }
  /** "Add this view as a step". */
  | { type: 'capture' }
  | { type: 'editTitle'; field: 'title' | 'titleZh'; value: string }
  | { type: 'editStep'; index: number; field: StepText; value: string }
  | { type: 'moveStep'; index: number; delta: -1 | 1 }
  | { type: 'deleteStep'; index: number }
  | { type: 'preview'; index: number };

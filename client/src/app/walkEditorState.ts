import type { Draft, DraftStep } from '../state/walkDraft.js';

/** The walkthrough editor's side of the session, while it is open. */
export interface WalkEditorState {
  draft: Draft;
  /** Grows when the steps are added, moved, deleted or replaced: the view rebuilds its list then, not on every key typed. */
  revision: number;
  /** The step last previewed: its highlight is drawn while the canvas still shows it. */
  preview: DraftStep | null;
  /** A write is on its way (the buttons wait). */
  busy: boolean;
  message: { text: string; error?: boolean } | null;
}

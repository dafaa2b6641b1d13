import type { Lang } from '../state/ViewState.js';
import { saveProblem, type Draft, type SaveProblem } from '../state/walkDraft.js';
import type { Session } from './session.js';

/** What the editor's panel shows. */
export interface WalkEditorModel {
  lang: Lang;
  draft: Draft;
  revision: number;
  /** Saved walkthroughs to pick from; seeded ones are read-only templates. */
  choices: { id: string; title: string; seed: boolean }[];
  /** No editor token in this tab: writing is off, and the panel says how to get it. */
  readOnly: boolean;
  busy: boolean;
  problem: SaveProblem | null;
  message: { text: string; error?: boolean } | null;
  /** The server's YAML of the walkthrough as saved, or null for an unsaved one. */
  exportHref: string | null;
}

export function walkEditorModel(session: Session): WalkEditorModel | null {
  const editor = session.walkEditor;
  if (!editor) return null;
  const lang = session.state().lang;
  const { draft } = editor;
  return {
    lang,
    draft,
    revision: editor.revision,
    choices: (session.walkthroughs ?? []).map((w) => ({ id: w.id, title: lang === 'zh' && w.titleZh ? w.titleZh : w.title, seed: w.origin === 'SEED' })),
    readOnly: !session.env.editorToken?.get(),
    busy: editor.busy,
    problem: saveProblem(draft),
    message: editor.message,
    exportHref: draft.id ? `/export/walkthroughs/${encodeURIComponent(draft.id)}.yaml` : null,
  };
}

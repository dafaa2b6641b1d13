import { ApiError } from '../api/ApiError.js';
import type { WalkthroughRecord } from '../api/records.js';
import { visibleSubgraph } from '../graph/visibleSubgraph.js';
import { describeError } from '../i18n/describeError.js';
import { walkMessages } from '../i18n/walkMessages.js';
import { captureStep } from '../state/stepCapture.js';
import * as D from '../state/walkDraft.js';
import { goToStep } from '../state/walkthrough.js';
import { commit } from './commit.js';
import type { EditorIntent } from './EditorIntent.js';
import { guard } from './guard.js';
import { pathHighlight } from './pathSentences.js';
import { ensureWalkthroughs } from './presenterActions.js';
import type { Session } from './session.js';
import { stepPlacement } from './stepPlacement.js';
import { walkEditorModel } from './walkEditorModel.js';
import type { WalkEditorState } from './walkEditorState.js';

/**
 * The walkthrough editor: a draft edited in memory (state/walkDraft.ts), the canvas captured into
 * steps, and the three writes. Edits redraw only the editor's panel; a preview redraws the canvas.
 */
export function walkEditorActions(session: Session) {
  const w = () => walkMessages(session.state().lang);
  const render = () => session.views.walkEditor.render(walkEditorModel(session), session.state().lang);
  /** Changes the open editor's state and redraws its panel; `restructure` when the list of steps changed. */
  const update = (patch: Partial<WalkEditorState>, restructure = false) => {
    const editor = session.walkEditor;
    if (!editor) return;
    session.walkEditor = { ...editor, ...patch, revision: editor.revision + (restructure ? 1 : 0) };
    render();
  };
  const load = (draft: D.Draft, message: WalkEditorState['message'] = null) => update({ draft, message, preview: null }, true);
  const edit = (draft: D.Draft) => update({ draft, message: null });

  /** A write: busy meanwhile; a refused token is forgotten, and every failure said in the panel. */
  async function write(run: () => Promise<void>) {
    if (!session.env.editorToken?.get()) return update({ message: { text: w().readOnly, error: true } });
    update({ busy: true, message: { text: w().saving } });
    try {
      await run();
    } catch (error) {
      const code = error instanceof ApiError ? error.code : null;
      if (code === 'UNAUTHENTICATED') session.env.editorToken?.drop();
      const text = code === 'UNAUTHENTICATED' ? w().unauthenticated : code === 'FORBIDDEN' ? w().forbidden : describeError(error, session.state().lang);
      update({ message: { text, error: true } });
    } finally {
      update({ busy: false });
    }
  }

  /** The list again after a write (and the nodes of an imported walkthrough). */
  const refresh = () => ensureWalkthroughs(session, true);
  const saved = (record: WalkthroughRecord, text: string) => load(D.draftOf(record), { text });

  function capture() {
    const editor = session.walkEditor!;
    const s = session.state();
    const shown = s.view === 'explorer' ? visibleSubgraph(session.cache, s.visible, s.hiddenKinds, s.hiddenRelations).nodes.map((n) => n.id) : [];
    if (!shown.length) return update({ message: { text: w().captureNothing, error: true } });
    const camera = session.views.graph.camera();
    const n = editor.draft.steps.length + 1;
    const step = captureStep(
      { shown, selection: s.selection, highlight: pathHighlight(session, s), positions: camera.positions, viewport: { zoom: camera.zoom, pan: camera.pan } },
      { title: w().defaultStepTitle(n), titleZh: w().defaultStepTitleZh(n) },
    );
    update({ draft: D.addStep(editor.draft, step), message: { text: w().captured(n) } }, true);
  }

  /** The step on the canvas as the presenter would show it: same nodes, selection, positions and camera. */
  function preview(index: number) {
    const step = session.walkEditor?.draft.steps[index];
    if (!step) return;
    session.walkEditor = { ...session.walkEditor!, preview: step };
    const next = { ...goToStep(session.state(), { id: 'preview', steps: [step] }, 1), walk: null, view: 'explorer' as const };
    void commit(session, next, true, stepPlacement(step));
  }

  const handlers: { [K in EditorIntent['type']]: (intent: Extract<EditorIntent, { type: K }>) => void } = {
    toggle: () => (session.walkEditor ? handlers.close({ type: 'close' }) : open()),
    close: () => {
      session.walkEditor = null;
      render();
    },
    choose: ({ id }) => {
      const record = session.walkthroughs?.find((x) => x.id === id);
      load(record ? D.draftOf(record) : D.emptyDraft());
    },
    duplicate: () => load({ ...D.duplicateDraft(session.walkEditor!.draft, w().copyTitle) }),
    delete: () => {
      const { draft } = session.walkEditor!;
      if (!draft.id || draft.seed) return;
      void write(async () => {
        await session.api.deleteWalkthrough(draft.id!);
        await refresh();
        load(D.emptyDraft(), { text: w().deleted });
      });
    },
    save: () => {
      const { draft } = session.walkEditor!;
      const problem = D.saveProblem(draft);
      if (problem) return update({ message: { text: w().problems[problem], error: true } });
      void write(async () => {
        const record = await session.api.saveWalkthrough(D.toInput(draft));
        await refresh();
        saved(record, w().saved);
      });
    },
    import: ({ yaml }) =>
      void write(async () => {
        const record = await session.api.importWalkthrough(yaml);
        await refresh();
        saved(record, w().imported(record.title));
      }),
    capture,
    editTitle: ({ field, value }) => edit(D.editTitle(session.walkEditor!.draft, { [field]: value })),
    editStep: ({ index, field, value }) => edit(D.editStep(session.walkEditor!.draft, index, { [field]: value })),
    moveStep: ({ index, delta }) => update({ draft: D.moveDraftStep(session.walkEditor!.draft, index, delta) }, true),
    deleteStep: ({ index }) => update({ draft: D.deleteStep(session.walkEditor!.draft, index) }, true),
    preview: ({ index }) => preview(index),
  };

  function open() {
    session.walkEditor = { draft: D.emptyDraft(), revision: 0, preview: null, busy: false, message: null };
    render();
    // The list of walkthroughs to choose from comes with the first opening.
    void guard(session, async () => {
      await ensureWalkthroughs(session);
      render();
    });
  }

  return {
    handle(intent: EditorIntent) {
      // Only "open" makes sense while the editor is closed.
      if (!session.walkEditor && intent.type !== 'toggle') return;
      (handlers[intent.type] as (intent: EditorIntent) => void)(intent);
    },
  };
}

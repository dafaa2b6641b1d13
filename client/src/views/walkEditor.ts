import type { Dispatch } from '../app/Intent.js';
import type { EditorIntent } from '../app/EditorIntent.js';
import type { WalkEditorModel } from '../app/walkEditorModel.js';
import { walkMessages } from '../i18n/walkMessages.js';
import type { Lang } from '../state/ViewState.js';
import { h } from './dom.js';
import { stepList } from './walkEditorSteps.js';

/**
 * The walkthrough editor, in place of the details and the article while it is open (it marks
 * <body>, and the top bar's button). Confirmations happen here, before the intent is reported:
 * leaving unsaved changes (close, choose, new, duplicate, closing the tab) and deleting.
 */
export function createWalkEditor(container: HTMLElement, toggleButton: HTMLElement, dispatch: Dispatch) {
  const report = (intent: EditorIntent) => dispatch({ type: 'walkEditor', intent });
  /** After a move the list is rebuilt: focus goes back to the same control of the moved step. */
  let refocus: { index: number; selector: string } | null = null;
  const reportStep = (intent: EditorIntent) => {
    if (intent.type === 'moveStep') {
      const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      const selector = active?.dataset.field ? `[data-field="${active.dataset.field}"]` : `[data-action="${active?.dataset.action ?? 'move-up'}"]`;
      refocus = { index: intent.index + intent.delta, selector };
    }
    report(intent);
  };
  let model: WalkEditorModel | null = null;
  let built = '';
  const w = () => walkMessages(model?.lang ?? 'zh');
  /** True when there is nothing to lose, or the user agreed to lose it. */
  const mayLeave = () => !model?.draft.dirty || window.confirm(w().discardChanges);

  const heading = h('h2', { attrs: { id: 'walk-editor-heading' } });
  const dirtyFlag = h('span', { className: 'walk-dirty', attrs: { 'data-dirty': 'false' } });
  const close = h('button', {
    className: 'small',
    attrs: { type: 'button', 'data-action': 'close-editor' },
    on: { click: () => mayLeave() && report({ type: 'close' }) },
  });
  const readOnlyNote = h('p', { className: 'walk-readonly hint', attrs: { role: 'note' } });
  const chooser = h('select', { attrs: { id: 'walk-choose' } });
  const chooserLabel = h('label', { attrs: { for: 'walk-choose' } });
  chooser.addEventListener('change', () => {
    if (mayLeave()) report({ type: 'choose', id: chooser.value });
    else chooser.value = model?.draft.id ?? '';
  });
  const action = (name: string, run: () => void) => h('button', { attrs: { type: 'button', 'data-action': name }, on: { click: run } });
  const newButton = action('new-walkthrough', () => mayLeave() && report({ type: 'choose', id: '' }));
  const duplicate = action('duplicate-walkthrough', () => report({ type: 'duplicate' }));
  const remove = action('delete-walkthrough', () => window.confirm(w().confirmDelete(model?.draft.title ?? '')) && report({ type: 'delete' }));
  const titleInput = (field: 'title' | 'titleZh') => {
    const input = h('input', { attrs: { id: `walk-${field}`, type: 'text', 'data-field': field, lang: field === 'titleZh' ? 'zh-CN' : 'en' } });
    input.addEventListener('input', () => report({ type: 'editTitle', field, value: input.value }));
    return input;
  };
  const title = titleInput('title');
  const titleZh = titleInput('titleZh');
  const titleLabel = h('label', { attrs: { for: 'walk-title' } });
  const titleZhLabel = h('label', { attrs: { for: 'walk-titleZh' } });
  const stepsHeading = h('h3', {});
  const steps = h('div', { className: 'walk-steps-box' });
  const capture = action('capture-step', () => report({ type: 'capture' }));
  const save = action('save-walkthrough', () => report({ type: 'save' }));
  const exportLink = h('a', { className: 'walk-export', attrs: { 'data-action': 'export-yaml', download: '' } });
  const fileInput = h('input', { className: 'visually-hidden', attrs: { id: 'walk-import', type: 'file', accept: '.yaml,.yml,text/yaml' } });
  const importLabel = h('label', { className: 'walk-import', attrs: { for: 'walk-import' } });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file && mayLeave()) void file.text().then((yaml) => report({ type: 'import', yaml }));
  });
  const message = h('p', { className: 'walk-message', attrs: { role: 'status', 'aria-live': 'polite' } });

  container.setAttribute('aria-labelledby', 'walk-editor-heading');
  container.replaceChildren(
    h('div', { className: 'walk-editor-head' }, heading, dirtyFlag, close),
    readOnlyNote,
    h('div', { className: 'walk-choose' }, chooserLabel, chooser, newButton, duplicate, remove),
    h('div', { className: 'walk-titles' }, titleLabel, title, titleZhLabel, titleZh),
    stepsHeading,
    steps,
    h('div', { className: 'walk-actions' }, capture, save, exportLink, fileInput, importLabel),
    message,
  );
  toggleButton.addEventListener('click', () => (model ? mayLeave() && report({ type: 'close' }) : report({ type: 'toggle' })));
  window.addEventListener('beforeunload', (event) => {
    if (model?.draft.dirty) event.preventDefault();
  });

  return {
    render(next: WalkEditorModel | null, lang: Lang) {
      model = next;
      document.body.classList.toggle('editing-walk', !!next);
      toggleButton.setAttribute('aria-pressed', String(!!next));
      toggleButton.textContent = walkMessages(lang).editorButton;
      // Keyboard focus goes into the editor as it opens, and back to its button as it closes.
      const opening = !!next && container.hidden;
      const closing = !next && !container.hidden && container.contains(document.activeElement);
      container.hidden = !next;
      if (closing) toggleButton.focus();
      if (!next) return void (built = '');
      if (opening) requestAnimationFrame(() => chooser.focus());
      const m = walkMessages(next.lang);
      const { draft } = next;
      heading.textContent = m.editorTitle;
      close.textContent = m.close;
      dirtyFlag.textContent = draft.dirty ? `● ${m.unsaved}` : draft.id ? m.allSaved : '';
      dirtyFlag.dataset.dirty = String(draft.dirty);
      readOnlyNote.textContent = next.readOnly ? m.readOnly : draft.seed ? m.problems.seed : '';
      readOnlyNote.hidden = !next.readOnly && !draft.seed;
      chooserLabel.textContent = m.chooseWalkthrough;
      const options = [h('option', { attrs: { value: '' } }, draft.id ? m.newWalkthrough : draft.title || m.newWalkthrough)];
      for (const c of next.choices) options.push(h('option', { attrs: { value: c.id } }, c.seed ? `${c.title} (${m.templateMark})` : c.title));
      chooser.replaceChildren(...options);
      chooser.value = draft.id ?? '';
      newButton.textContent = m.newWalkthrough;
      duplicate.textContent = m.duplicate;
      duplicate.disabled = next.busy || !draft.steps.length;
      remove.textContent = m.deleteWalkthrough;
      remove.disabled = next.busy || next.readOnly || !draft.id || draft.seed;
      titleLabel.textContent = m.walkTitle;
      titleZhLabel.textContent = m.walkTitleZh;
      for (const input of [title, titleZh]) input.readOnly = draft.seed;
      stepsHeading.textContent = `${m.steps} (${draft.steps.length})`;
      // Rebuilt when the steps changed, or the language: never under the user's typing.
      const key = `${next.revision}|${next.lang}|${next.readOnly || draft.seed}`;
      if (key !== built) {
        built = key;
        title.value = draft.title;
        titleZh.value = draft.titleZh;
        steps.replaceChildren(
          draft.steps.length ? stepList(draft.steps, m, next.readOnly || draft.seed, reportStep) : h('p', { className: 'hint' }, m.noSteps),
        );
        if (refocus) {
          const item = steps.querySelector(`[data-index="${refocus.index}"]`);
          // At an end the button just pressed is disabled: the step's other move button instead.
          (
            item?.querySelector<HTMLElement>(`${refocus.selector}:not(:disabled)`) ?? item?.querySelector<HTMLElement>('[data-action^="move-"]:not(:disabled)')
          )?.focus();
          refocus = null;
        }
      }
      capture.textContent = m.capture;
      capture.disabled = next.busy || draft.seed;
      save.textContent = next.busy ? m.saving : m.save;
      save.disabled = next.busy || next.readOnly || draft.seed || !draft.dirty;
      save.title = next.problem && next.problem !== 'seed' ? m.problems[next.problem] : '';
      exportLink.textContent = m.exportYaml;
      exportLink.hidden = !next.exportHref;
      if (next.exportHref) exportLink.href = next.exportHref;
      importLabel.textContent = m.importYaml;
      fileInput.disabled = next.busy || next.readOnly;
      importLabel.classList.toggle('disabled', fileInput.disabled);
      message.textContent = next.message?.text ?? '';
      message.classList.toggle('error', !!next.message?.error);
    },
  };
}

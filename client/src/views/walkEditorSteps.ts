import type { EditorIntent } from '../app/EditorIntent.js';
import type { WalkMessages } from '../i18n/walkMessages.js';
import { STEP_TEXTS, type DraftStep, type StepText } from '../state/walkDraft.js';
import { h } from './dom.js';

const LONG: ReadonlySet<StepText> = new Set(['narration', 'narrationZh', 'notes', 'notesZh']);

/**
 * The editor's list of steps, built anew when steps are added, moved or deleted (not on every
 * key typed, so a field keeps its focus and caret). Alt+↑ / Alt+↓ in a step move it.
 * `focusAfter` puts focus back on the control that was used, in the step's new place.
 */
export function stepList(steps: readonly DraftStep[], w: WalkMessages, readOnly: boolean, report: (intent: EditorIntent) => void): HTMLOListElement {
  const list = h('ol', { className: 'walk-steps' });
  steps.forEach((step, index) => {
    const id = (field: string) => `walk-step-${index}-${field}`;
    const fields = STEP_TEXTS.map((field) => {
      const attrs = { id: id(field), 'data-field': field, readonly: readOnly, lang: field.endsWith('Zh') ? 'zh-CN' : 'en' };
      const input = LONG.has(field) ? h('textarea', { attrs: { ...attrs, rows: 2 } }) : h('input', { attrs: { ...attrs, type: 'text' } });
      input.value = step[field];
      input.addEventListener('input', () => report({ type: 'editStep', index, field, value: input.value }));
      return h('label', { className: `walk-field walk-field-${field}`, attrs: { for: id(field) } }, h('span', {}, w.stepFields[field]), input);
    });
    const button = (action: string, label: string, intent: EditorIntent, disabled = false) =>
      h('button', { className: 'small', attrs: { type: 'button', 'data-action': action, disabled }, on: { click: () => report(intent) } }, label);
    const item = h(
      'li',
      { className: 'walk-step', attrs: { 'data-index': index, 'aria-labelledby': id('heading') } },
      h(
        'div',
        { className: 'walk-step-head' },
        h('h4', { attrs: { id: id('heading') } }, w.stepHeading(index + 1)),
        h('span', { className: 'hint' }, w.stepSummary(step.focus.length, step.positions.length > 0)),
        h(
          'span',
          { className: 'walk-step-buttons' },
          button('move-up', `↑ ${w.moveUp}`, { type: 'moveStep', index, delta: -1 }, readOnly || index === 0),
          button('move-down', `↓ ${w.moveDown}`, { type: 'moveStep', index, delta: 1 }, readOnly || index === steps.length - 1),
          button('preview-step', w.preview, { type: 'preview', index }),
          button('delete-step', w.deleteStep, { type: 'deleteStep', index }, readOnly),
        ),
      ),
      ...fields,
    );
    item.addEventListener('keydown', (event) => {
      if (readOnly || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
      event.preventDefault();
      report({ type: 'moveStep', index, delta: event.key === 'ArrowUp' ? -1 : 1 });
    });
    list.append(item);
  });
  return list;
}

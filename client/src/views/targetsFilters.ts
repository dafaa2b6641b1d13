import type { Dispatch } from '../app/Intent.js';
import type { RowName } from '../graph/targetRows.js';
import type { Messages } from '../i18n/messages.js';
import { MAX_TARGETS_TEXT, STAGE_KEYS, type TargetsState } from '../state/targetsState.js';
import { h } from './dom.js';

/**
 * The targets view's filters: stages as checkboxes (none ticked: every stage), a bureau, a
 * destination and free text. Each change is reported at once; the state (and the URL) hold them.
 */
export function createTargetsFilters(dispatch: Dispatch) {
  const set = (patch: Partial<TargetsState>) => dispatch({ type: 'setTargets', patch });
  const stageLegend = h('legend');
  const stageBoxes = h('span', { className: 'targets-stage-choices' });
  const stages = h('fieldset', { className: 'targets-stages' }, stageLegend, stageBoxes);
  const bureauLabel = h('label', { attrs: { for: 'targets-bureau' } });
  const bureau = h('select', { attrs: { id: 'targets-bureau' }, on: { change: () => set({ bureau: bureau.value || null }) } });
  const destinationLabel = h('label', { attrs: { for: 'targets-destination' } });
  const destination = h('select', { attrs: { id: 'targets-destination' }, on: { change: () => set({ destination: destination.value || null }) } });
  const textLabel = h('label', { attrs: { for: 'targets-text' } });
  const text = h('input', {
    attrs: { id: 'targets-text', type: 'search', maxlength: MAX_TARGETS_TEXT, autocomplete: 'off' },
    on: { input: () => set({ text: text.value }) },
  });
  const clear = h('button', {
    className: 'small',
    attrs: { type: 'button', 'data-action': 'clear-filters' },
    on: { click: () => set({ stages: [], bureau: null, destination: null, text: '' }) },
  });
  const element = h(
    'div',
    { className: 'targets-filters' },
    stages,
    h('span', { className: 'targets-field' }, bureauLabel, bureau),
    h('span', { className: 'targets-field' }, destinationLabel, destination),
    h('span', { className: 'targets-field' }, textLabel, text),
    clear,
  );

  /** Options drawn last: rebuilt only when they change, so an open list is not swept away. */
  let drawnOptions = '';

  function options(select: HTMLSelectElement, all: string, choices: RowName[], value: string | null) {
    select.replaceChildren(
      h('option', { attrs: { value: '' } }, all),
      ...choices.map((c) => h('option', { attrs: { value: c.id, title: c.other ?? undefined } }, c.name)),
    );
    select.value = value ?? '';
  }

  return {
    element,
    render(m: Messages, state: TargetsState, choices: { bureaus: RowName[]; destinations: RowName[] }) {
      stageLegend.textContent = m.targetsStageFilter;
      bureauLabel.textContent = m.targetsBureauFilter;
      destinationLabel.textContent = m.targetsDestinationFilter;
      textLabel.textContent = m.targetsTextFilter;
      text.placeholder = m.targetsTextPlaceholder;
      clear.textContent = m.targetsClear;
      const key = JSON.stringify([m.targetsAllBureaus, choices, state.stages]);
      if (key !== drawnOptions) {
        drawnOptions = key;
        stageBoxes.replaceChildren(
          ...STAGE_KEYS.map((stage) => {
            const id = `targets-stage-${stage}`;
            const box = h('input', {
              attrs: { type: 'checkbox', id, value: stage, checked: state.stages.includes(stage) },
              on: { change: () => set({ stages: STAGE_KEYS.filter((k) => (k === stage ? box.checked : state.stages.includes(k))) }) },
            });
            return h(
              'label',
              { className: 'targets-stage-chip', attrs: { for: id } },
              box,
              h('span', { className: `stage-swatch stage-${stage}` }),
              m.targetsStages[stage],
            );
          }),
        );
        options(bureau, m.targetsAllBureaus, choices.bureaus, state.bureau);
        options(destination, m.targetsAllDestinations, choices.destinations, state.destination);
      }
      bureau.value = state.bureau ?? '';
      destination.value = state.destination ?? '';
      // Not while the user types into it: the state holds what they typed, a redraw would move the caret.
      if (document.activeElement !== text && text.value !== state.text) text.value = state.text;
    },
  };
}

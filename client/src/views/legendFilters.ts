import type { Dispatch } from '../app/Intent.js';
import { KIND_ORDER } from '../graph/kinds.js';
import { RELATIONSHIP_TYPES } from '../../../schema/vocabulary/relationships.js';
import { kindName } from '../i18n/kindNames.js';
import { messages } from '../i18n/messages.js';
import { relationLabel } from '../i18n/relationWords.js';
import type { ViewState } from '../state/ViewState.js';
import { h } from './dom.js';
import { kindGlyph } from './kindGlyph.js';
import { relationGlyph } from './relationGlyph.js';

/** The legend doubles as the kind filter: each entry is a toggle button (aria-pressed = shown). */
export function createLegendFilters(kindsBox: HTMLElement, relationsBox: HTMLElement, dispatch: Dispatch) {
  const kinds = KIND_ORDER.filter((k) => k !== 'DOCUMENT');
  const hint = h('p', { className: 'hint' });
  const kindButtons = kinds.map((kind) => {
    const name = h('span');
    const button = h(
      'button',
      { attrs: { type: 'button', 'data-kind': kind }, className: 'toggle', on: { click: () => dispatch({ type: 'toggleKind', kind }) } },
      kindGlyph(kind, 16),
      name,
    );
    return { kind, button, name };
  });
  kindsBox.replaceChildren(hint, h('ul', { className: 'legend' }, ...kindButtons.map((k) => h('li', {}, k.button))));
  // Each relation with a sample of its line, as the canvas draws it: the legend is also the key.
  const relationButtons = RELATIONSHIP_TYPES.map((type) => {
    const name = h('span');
    const button = h(
      'button',
      {
        attrs: { type: 'button', 'data-relation': type },
        className: 'toggle small',
        on: { click: () => dispatch({ type: 'toggleRelation', relation: type }) },
      },
      relationGlyph(type),
      name,
    );
    return { type, button, name };
  });
  relationsBox.replaceChildren(h('ul', { className: 'relations' }, ...relationButtons.map((r) => h('li', {}, r.button))));

  return {
    render(state: ViewState) {
      hint.textContent = messages(state.lang).kindsHint;
      for (const { kind, button, name } of kindButtons) {
        name.textContent = kindName(kind, state.lang);
        button.setAttribute('aria-pressed', String(!state.hiddenKinds.includes(kind)));
      }
      for (const { type, button, name } of relationButtons) {
        name.textContent = relationLabel(type, state.lang);
        button.title = type;
        button.setAttribute('aria-pressed', String(!state.hiddenRelations.includes(type)));
      }
    },
  };
}

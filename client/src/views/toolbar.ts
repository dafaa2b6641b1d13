import type { Dispatch, Intent } from '../app/Intent.js';
import { messages, type Messages } from '../i18n/messages.js';
import { LAYOUTS, type LayoutName, type ViewState } from '../state/ViewState.js';
import { h } from './dom.js';

export type ToolbarAction = 'undo' | 'redo' | 'expand' | 'hide' | 'hideOthers' | 'pin' | 'fit' | 'zoomSelection' | 'overview';

/** What each button reports: the same intents as the shortcuts named on it. */
const INTENTS: Record<ToolbarAction, Intent> = {
  undo: { type: 'undo' },
  redo: { type: 'redo' },
  expand: { type: 'expand' },
  hide: { type: 'hide' },
  hideOthers: { type: 'hideOthers' },
  pin: { type: 'pin' },
  fit: { type: 'fit' },
  zoomSelection: { type: 'zoomToSelection' },
  overview: { type: 'overview' },
};

const KEYS: Partial<Record<ToolbarAction, string>> = {
  undo: 'Control+Z',
  redo: 'Control+Shift+Z',
  expand: 'Enter',
  hide: 'Delete',
  hideOthers: 'Shift+Delete',
  pin: 'Shift+P',
  fit: 'F',
  zoomSelection: 'Z',
};

/** Buttons over the canvas: every canvas action has one, so the mouse is never required. */
export function createToolbar(container: HTMLElement, layoutBox: HTMLElement, dispatch: Dispatch) {
  const actions: ToolbarAction[] = ['undo', 'redo', 'expand', 'hide', 'hideOthers', 'pin', 'fit', 'zoomSelection', 'overview'];
  const buttons = new Map(
    actions.map((action) => [
      action,
      h('button', { attrs: { type: 'button', 'data-action': action, 'aria-keyshortcuts': KEYS[action] }, on: { click: () => dispatch(INTENTS[action]) } }),
    ]),
  );
  container.replaceChildren(...buttons.values());

  const select = h('select', { attrs: { id: 'layout-select' }, on: { change: () => dispatch({ type: 'setLayout', layout: select.value as LayoutName }) } });
  const label = h('label', { attrs: { for: 'layout-select' }, className: 'visually-hidden' });
  layoutBox.replaceChildren(label, select);

  const labelOf = (m: Messages, action: ToolbarAction) =>
    ({
      undo: m.undo,
      redo: m.redo,
      expand: m.expand,
      hide: m.hide,
      hideOthers: m.hideOthers,
      pin: m.pin,
      fit: m.fit,
      zoomSelection: m.zoomSelection,
      overview: m.overview,
    })[action];

  return {
    /** `shownNodes`: nodes the filters leave on the canvas; with none, there is nothing to fit. */
    render(state: ViewState, can: { undo: boolean; redo: boolean; shownNodes: number }) {
      const m = messages(state.lang);
      const hasNode = state.selection.some((id) => !id.includes('|'));
      const enabled: Record<ToolbarAction, boolean> = {
        undo: can.undo,
        redo: can.redo,
        expand: hasNode,
        hide: hasNode,
        hideOthers: state.selection.length > 0,
        pin: hasNode,
        fit: can.shownNodes > 0,
        zoomSelection: state.selection.length > 0,
        overview: true,
      };
      // "Unpin" when every selected node is pinned: the button says what pressing it will do.
      const unpin = hasNode && state.selection.filter((id) => !id.includes('|')).every((id) => state.pinned.includes(id));
      for (const [action, button] of buttons) {
        button.textContent = action === 'pin' && unpin ? m.unpin : labelOf(m, action);
        button.disabled = !enabled[action];
      }
      label.textContent = m.layoutHeading;
      select.replaceChildren(...LAYOUTS.map((name) => h('option', { attrs: { value: name, selected: name === state.layout } }, m.layoutNames[name])));
      select.value = state.layout;
    },
  };
}

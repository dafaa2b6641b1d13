import { SHORTCUTS } from '../app/shortcuts.js';
import { messages } from '../i18n/messages.js';
import type { Lang } from '../state/ViewState.js';
import { h } from './dom.js';

/** "?" — the keyboard shortcuts, in a modal <dialog> (focus trapped and restored by the browser). */
export function createHelpDialog(dialog: HTMLDialogElement) {
  return {
    open(lang: Lang) {
      const m = messages(lang);
      const table = (rows: typeof SHORTCUTS) =>
        h(
          'table',
          { className: 'shortcuts' },
          h('tbody', {}, ...rows.map((s) => h('tr', {}, h('th', { attrs: { scope: 'row' } }, h('kbd', {}, s.keys)), h('td', {}, m.shortcuts[s.command])))),
        );
      dialog.setAttribute('aria-labelledby', 'help-title');
      dialog.replaceChildren(
        h('h2', { attrs: { id: 'help-title' } }, m.helpTitle),
        table(SHORTCUTS.filter((s) => !s.presenting)),
        h('h3', {}, m.presenterShortcuts),
        table(SHORTCUTS.filter((s) => s.presenting)),
        h('p', { className: 'hint' }, m.mouseHint),
        h('form', { attrs: { method: 'dialog' } }, h('button', { attrs: { type: 'submit', autofocus: true } }, m.close)),
      );
      if (!dialog.open) dialog.showModal();
    },
    isOpen: () => dialog.open,
  };
}

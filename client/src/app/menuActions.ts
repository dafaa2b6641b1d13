import { menuMessages } from '../i18n/menuMessages.js';
import * as T from '../state/transitions.js';
import { stateToQuery } from '../state/urlState.js';
import { commit } from './commit.js';
import { contextMenuModel } from './contextMenuModel.js';
import type { Session } from './session.js';

/** The node's context menu (right-click, Shift+F10, the context-menu key) and the actions only it offers. */
export function menuActions(session: Session) {
  const state = session.state;
  return {
    /**
     * Opens the menu of `id` (the focused node when the keyboard asks). A node outside the
     * selection becomes the selection first, as in a file manager: the items act on what is
     * selected, so what the menu will touch is what the canvas shows selected.
     */
    open(id: string | undefined, at: { x: number; y: number } | null) {
      const target = id ?? session.selectedNode();
      if (!target || !state().visible.includes(target)) return;
      if (!state().selection.includes(target)) void commit(session, T.select(state(), [target]), false);
      session.views.menu.open(contextMenuModel(session, target), at ?? session.views.graph.screenPosition(target));
    },

    /** The permalink of this node alone (in the page's language), onto the clipboard. */
    async copyLink(id: string) {
      const s = state();
      const link = session.env.linkTo(stateToQuery({ ...session.defaults, lang: s.lang, visible: [id], selection: [id] }, session.defaults));
      const t = menuMessages(s.lang);
      const copied = await session.views.menu.copy(link);
      session.views.status.show(copied ? 'info' : 'error', copied ? t.linkCopied : t.copyFailed);
    },

    /** The canvas table with this node selected (its row is marked), turning the table on if it is off. */
    openInTable(id: string) {
      void commit(session, { ...T.select(state(), [id]), table: true }, false);
    },
  };
}

import { menuMessages } from '../i18n/menuMessages.js';
import { isEdgeId } from '../state/transitions.js';
import type { Intent } from './Intent.js';
import type { Session } from './session.js';

export interface MenuItem {
  key: string;
  label: string;
  intent: Intent;
  /** Why the item is off (shown beside it); absent when it can be used. */
  disabled?: string;
}

/** What a node's context menu shows; the node is in the selection already, and the items act on the whole selection. */
export interface ContextMenuModel {
  id: string;
  label: string;
  items: MenuItem[];
}

export function contextMenuModel(session: Session, id: string): ContextMenuModel {
  const s = session.state();
  const t = menuMessages(s.lang);
  const nodes = s.selection.filter((n) => !isEdgeId(n));
  const allPinned = nodes.length > 0 && nodes.every((n) => s.pinned.includes(n));
  const editor = session.walkEditor;
  const stepBlocked = !editor ? t.editorClosed : editor.draft.seed ? t.editorSeed : undefined;
  const items: MenuItem[] = [
    { key: 'expand', label: t.expand, intent: { type: 'expand' } },
    { key: 'hide', label: t.hide, intent: { type: 'hide' } },
    { key: 'keepOnly', label: t.keepOnly, intent: { type: 'hideOthers' } },
    { key: 'pin', label: allPinned ? t.unpin : t.pin, intent: { type: 'pin' } },
    { key: 'pathStart', label: t.pathStart, intent: { type: 'menuPathEnd', id, end: 'from' } },
    { key: 'pathEnd', label: t.pathEnd, intent: { type: 'menuPathEnd', id, end: 'to' } },
    { key: 'openInTable', label: t.openInTable, intent: { type: 'openInTable', id } },
    { key: 'addStep', label: t.addStep, intent: { type: 'walkEditor', intent: { type: 'capture' } }, ...(stepBlocked ? { disabled: stepBlocked } : {}) },
    { key: 'copyLink', label: t.copyLink, intent: { type: 'copyLink', id } },
  ];
  return { id, label: t.label(session.nameOf(id), nodes.length), items };
}

import type { Lang } from '../state/ViewState.js';

/** label: filters, edge labels, details. forward/backward: English verbs for reading paths out. */
const WORDS: Record<string, { zh: string; en: string; forward: string; backward: string }> = {
  MADE: { zh: '作出', en: 'made', forward: 'made', backward: 'was made by' },
  CONCERNS: { zh: '涉及', en: 'concerns', forward: 'concerns', backward: 'is the subject of' },
  TARGETS: { zh: '招引', en: 'courts', forward: 'courts', backward: 'is courted by' },
  PARTNERS: { zh: '合作', en: 'partners', forward: 'partners with', backward: 'is a partner of' },
  DESTINED_FOR: { zh: '引往', en: 'destined for', forward: 'brings companies to', backward: 'is the destination of' },
  LOCATED_IN: { zh: '位于', en: 'located in', forward: 'is located in', backward: 'contains' },
  SETTLES_IN: { zh: '入驻', en: 'settles in', forward: 'settles in', backward: 'hosts' },
  OPERATES: { zh: '运营', en: 'operates', forward: 'operates', backward: 'is operated by' },
  PART_OF: { zh: '属于', en: 'part of', forward: 'is part of', backward: 'includes' },
  ASSIGNED_BY: { zh: '下达自', en: 'assigned by', forward: 'was assigned by', backward: 'assigned' },
  COLLABORATES_WITH: { zh: '协作', en: 'collaborates with', forward: 'collaborates with', backward: 'collaborates with' },
};

export function relationLabel(type: string, lang: Lang): string {
  return WORDS[type]?.[lang] ?? type.toLowerCase().replaceAll('_', ' ');
}

/** English verb joining two nodes of a path, in the direction the path walks the edge. */
export function relationVerb(type: string, forward: boolean): string {
  const words = WORDS[type];
  const fallback = type.toLowerCase().replaceAll('_', ' ');
  if (!words) return forward ? fallback : `is reached by '${fallback}' from`;
  return forward ? words.forward : words.backward;
}

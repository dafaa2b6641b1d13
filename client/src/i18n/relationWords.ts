import type { Lang } from '../state/ViewState.js';

/**
 * label: filters, edge labels, details. forward/backward: how a path read out walks the edge
 * (source → target, or against it), the English as a verb before the next node, the Chinese as
 * a predicate with `{}` where the next node goes (Chinese puts the agent of a passive before the
 * verb: 由{}运营). DESTINED_FOR and ASSIGNED_BY have no single Chinese verb that works as a label
 * in both directions, so their labels name the relation (引入至 the place; 上级下达 the task).
 */
const WORDS: Record<string, { zh: string; en: string; forward: string; backward: string; zhForward: string; zhBackward: string }> = {
  MADE: { zh: '作出', en: 'made', forward: 'made', backward: 'was made by', zhForward: '作出{}', zhBackward: '由{}作出' },
  CONCERNS: { zh: '涉及', en: 'concerns', forward: 'concerns', backward: 'is the subject of', zhForward: '涉及{}', zhBackward: '为{}所涉及' },
  TARGETS: { zh: '招引', en: 'courts', forward: 'courts', backward: 'is courted by', zhForward: '招引{}', zhBackward: '由{}招引' },
  PARTNERS: { zh: '合作', en: 'partners', forward: 'partners with', backward: 'is a partner of', zhForward: '与{}合作', zhBackward: '是{}的合作方' },
  DESTINED_FOR: { zh: '引入至', en: 'destined for', forward: 'brings companies to', backward: 'is the destination of', zhForward: '将企业引入{}', zhBackward: '承接{}引入的企业' },
  LOCATED_IN: { zh: '位于', en: 'located in', forward: 'is located in', backward: 'contains', zhForward: '位于{}', zhBackward: '内有{}' },
  SETTLES_IN: { zh: '入驻', en: 'settles in', forward: 'settles in', backward: 'hosts', zhForward: '入驻{}', zhBackward: '有{}入驻' },
  OPERATES: { zh: '运营', en: 'operates', forward: 'operates', backward: 'is operated by', zhForward: '运营{}', zhBackward: '由{}运营' },
  PART_OF: { zh: '属于', en: 'part of', forward: 'is part of', backward: 'includes', zhForward: '属于{}', zhBackward: '包括{}' },
  ASSIGNED_BY: { zh: '上级下达', en: 'assigned by', forward: 'was assigned by', backward: 'assigned', zhForward: '由{}下达', zhBackward: '下达了{}' },
  COLLABORATES_WITH: { zh: '协作', en: 'collaborates with', forward: 'collaborates with', backward: 'collaborates with', zhForward: '与{}协作', zhBackward: '与{}协作' },
};

const fallback = (type: string) => type.toLowerCase().replaceAll('_', ' ');

export function relationLabel(type: string, lang: Lang): string {
  return WORDS[type]?.[lang] ?? fallback(type);
}

/** English verb joining two nodes of a path, in the direction the path walks the edge. */
export function relationVerb(type: string, forward: boolean): string {
  const words = WORDS[type];
  if (!words) return forward ? fallback(type) : `is reached by '${fallback(type)}' from`;
  return forward ? words.forward : words.backward;
}

/** Chinese predicate joining two nodes of a path, `{}` standing for the next node. */
export function relationPredicate(type: string, forward: boolean): string {
  const words = WORDS[type];
  if (!words) return `与{}有“${fallback(type)}”关系`;
  return forward ? words.zhForward : words.zhBackward;
}

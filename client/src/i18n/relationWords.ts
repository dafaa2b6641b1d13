import { isRelationshipType, RELATIONSHIPS } from '../../../schema/vocabulary/relationships.js';
import type { Lang } from '../state/ViewState.js';

// A type the vocabulary does not know (data written by hand) still reads as words.
const fallback = (type: string) => type.toLowerCase().replaceAll('_', ' ');

/** Filters, edge labels, details. */
export function relationLabel(type: string, lang: Lang): string {
  return isRelationshipType(type) ? RELATIONSHIPS[type][lang].label : fallback(type);
}

/** English verb joining two nodes of a path, in the direction the path walks the edge. */
export function relationVerb(type: string, forward: boolean): string {
  if (!isRelationshipType(type)) return forward ? fallback(type) : `is reached by '${fallback(type)}' from`;
  const { en } = RELATIONSHIPS[type];
  return forward ? en.forward : en.backward;
}

/** Chinese predicate joining two nodes of a path, `{}` standing for the next node. */
export function relationPredicate(type: string, forward: boolean): string {
  if (!isRelationshipType(type)) return `与{}有“${fallback(type)}”关系`;
  const { zh } = RELATIONSHIPS[type];
  return forward ? zh.forward : zh.backward;
}

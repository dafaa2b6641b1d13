import { KINDS } from '../../../schema/vocabulary/kinds.js';
import type { EntityKind } from '../generated/graphql.js';
import type { Lang } from '../state/ViewState.js';

/**
 * "3 institutions" / "3 个机构": a count reads as a phrase ("Add 3 institutions", 添加 3 个机构),
 * not as "3 × Institution"; Chinese takes each kind's measure word (3 家企业, 12 项承诺).
 */
export function kindCount(kind: EntityKind, n: number, lang: Lang): string {
  const { en, zh } = KINDS[kind];
  return lang === 'zh' ? `${n} ${zh.measure}${zh.name}` : `${n} ${n === 1 ? en.one : en.many}`;
}

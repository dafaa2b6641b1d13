import type { EntityKind } from '../generated/graphql.js';
import type { Lang } from '../state/ViewState.js';
import { kindName } from './kindNames.js';

/**
 * English plurals, and the Chinese measure word each kind takes (3 家企业, 12 项承诺): a count
 * reads as a phrase ("Add 3 institutions", 添加 3 个机构), not as "3 × Institution".
 */
const COUNTED: Record<EntityKind, { one: string; many: string; measure: string }> = {
  BUREAU: { one: 'bureau', many: 'bureaus', measure: '个' },
  PLEDGE: { one: 'pledge', many: 'pledges', measure: '项' },
  PROJECT: { one: 'project', many: 'projects', measure: '个' },
  PLACE: { one: 'place', many: 'places', measure: '处' },
  ENTERPRISE: { one: 'enterprise', many: 'enterprises', measure: '家' },
  INSTITUTION: { one: 'institution', many: 'institutions', measure: '个' },
  EVENT: { one: 'event', many: 'events', measure: '场' },
  DOCUMENT: { one: 'document', many: 'documents', measure: '份' },
};

/** "3 institutions" / "3 个机构". */
export function kindCount(kind: EntityKind, n: number, lang: Lang): string {
  const words = COUNTED[kind];
  return lang === 'zh' ? `${n} ${words.measure}${kindName(kind, 'zh')}` : `${n} ${n === 1 ? words.one : words.many}`;
}

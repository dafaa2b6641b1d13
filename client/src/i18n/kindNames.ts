import type { EntityKind } from '../generated/graphql.js';
import type { Lang } from '../state/ViewState.js';

const NAMES: Record<EntityKind, Record<Lang, string>> = {
  BUREAU: { en: 'Bureau', zh: '部门' },
  PLEDGE: { en: 'Pledge', zh: '承诺' },
  PROJECT: { en: 'Project', zh: '项目' },
  PLACE: { en: 'Place', zh: '地点' },
  ENTERPRISE: { en: 'Enterprise', zh: '企业' },
  INSTITUTION: { en: 'Institution', zh: '机构' },
  EVENT: { en: 'Event', zh: '会议' },
  DOCUMENT: { en: 'Document', zh: '文档' },
};

export function kindName(kind: EntityKind, lang: Lang): string {
  return NAMES[kind][lang];
}

import { KINDS } from '../../../schema/vocabulary/kinds.js';
import type { EntityKind } from '../generated/graphql.js';
import type { Lang } from '../state/ViewState.js';

export function kindName(kind: EntityKind, lang: Lang): string {
  return KINDS[kind][lang].name;
}

import type { EntityRecord } from '../api/records.js';
import type { Lang } from '../state/ViewState.js';

/** Full name in the chosen language; Chinese when no English name was curated. */
export function entityName(entity: Pick<EntityRecord, 'name' | 'nameEn'>, lang: Lang): string {
  return lang === 'en' ? (entity.nameEn ?? entity.name) : entity.name;
}

/** The other language's name, shown beside the main one; null when it would repeat it. */
export function otherName(entity: Pick<EntityRecord, 'name' | 'nameEn'>, lang: Lang): string | null {
  const other = lang === 'en' ? entity.name : entity.nameEn;
  return other && other !== entityName(entity, lang) ? other : null;
}

// Pledge names are whole clauses; on the canvas they would cover their neighbours.
const MAX_CHARS: Record<Lang, number> = { zh: 14, en: 30 };

/** Canvas label: the name, cut with an ellipsis where it would crowd the view. */
export function nodeLabel(entity: Pick<EntityRecord, 'name' | 'nameEn'>, lang: Lang): string {
  const full = entityName(entity, lang);
  const max = MAX_CHARS[lang];
  return [...full].length > max ? `${[...full].slice(0, max - 1).join('')}…` : full;
}

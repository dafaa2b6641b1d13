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

// Pledge names are whole clauses; on the canvas they would cover their neighbours. English
// needs more letters for the same words (the label wraps over up to three lines).
const MAX_CHARS: Record<Lang, number> = { zh: 16, en: 44 };

// Every bureau is "of Taibai Lake New District": on the canvas, where all of them sit side by
// side, the shared qualifier only pushes the part that tells them apart out of the label.
const CONTEXT: Record<Lang, { prefix?: string; suffix?: string }> = {
  zh: { prefix: '太白湖新区' },
  en: { suffix: ' of Taibai Lake New District' },
};

/** Canvas label: the name without the district it all happens in, cut with an ellipsis where it would crowd the view. */
export function nodeLabel(entity: Pick<EntityRecord, 'name' | 'nameEn'>, lang: Lang): string {
  let name = entityName(entity, lang);
  const { prefix, suffix } = CONTEXT[lang === 'en' && !entity.nameEn ? 'zh' : lang];
  // Only a qualifier: a name that is nothing but the district keeps it.
  if (prefix && name.startsWith(prefix) && name.length > prefix.length + 1) name = name.slice(prefix.length);
  if (suffix && name.endsWith(suffix) && name.length > suffix.length + 1) name = name.slice(0, -suffix.length);
  return shorten(name, MAX_CHARS[lang]);
}

/** At most `max` characters; English is cut at a word boundary when one is near. */
function shorten(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

import type { Lang } from '../state/ViewState.js';
import { messages } from './messages.js';

/**
 * The language free text is written in, by its letters: curated notes are English prose that
 * may quote a few Chinese words, names and summaries the other way round. null: no letters
 * (a number, "%", "≥").
 */
export function textLang(text: string): Lang | null {
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  const han = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  if (!latin && !han) return null;
  return latin > han ? 'en' : 'zh';
}

/**
 * The tag that follows curated text written in the other language than the page's ("（英文）" on
 * the Chinese page), so that it reads as the curator's note rather than a forgotten label; '' when
 * the text is in the page's language or has no letters.
 */
export function foreignTag(text: string, lang: Lang): string {
  const written = textLang(text);
  return written && written !== lang ? messages(lang).writtenIn[written] : '';
}

/**
 * The form in which names are stored for substring search and in which typed text is compared
 * with them: NFKC (full-width → half-width), lower case, without spaces, punctuation or symbols.
 * So "Fuxing Road", "fuxingroad" and "ＦＵＸＩＮＧ road" are one key, and 泗河口 is a substring
 * of 泗河口港. Shared by the loader (what is stored) and the search query (what is asked).
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Names joined with a separator the normal form never contains, so that a key cannot match across two names. */
export function searchKeyOf(names: string[]): string {
  return `|${names.map(normalizeForSearch).filter(Boolean).join('|')}|`;
}

/**
 * The words of a text as search compares them: NFKC (full-width → half-width), lower case, runs
 * of ASCII letters and digits; everything else separates words. The same split serves the typed
 * text (Lucene queries, whole-word ranking) and the stored names (nameWords), so the two agree.
 */
export function latinWords(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? []
  );
}

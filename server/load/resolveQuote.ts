export type QuoteResolution = { ok: true; start: number; end: number } | { ok: false; message: string };

/**
 * Finds a curator's quote in a document. A quote must occur exactly once, or name which
 * occurrence (1-based) it means; anything else is refused with a message saying why. Pure.
 * Offsets are JavaScript string indices (UTF-16 code units), as clients slice the text.
 */
export function resolveQuote(documentText: string, quote: string, occurrence?: number): QuoteResolution {
  const starts: number[] = [];
  for (let at = documentText.indexOf(quote); at !== -1; at = documentText.indexOf(quote, at + 1)) starts.push(at);
  const shown = quote.length > 40 ? `${quote.slice(0, 40)}…` : quote;
  if (starts.length === 0) return { ok: false, message: `quote not found in the document: "${shown}"` };
  if (occurrence === undefined) {
    if (starts.length > 1) {
      return { ok: false, message: `quote is ambiguous: "${shown}" occurs ${starts.length} times; add occurrence: 1..${starts.length}` };
    }
    return { ok: true, start: starts[0]!, end: starts[0]! + quote.length };
  }
  const start = starts[occurrence - 1];
  if (start === undefined) {
    return { ok: false, message: `occurrence ${occurrence} of "${shown}" does not exist: it occurs ${starts.length} time${starts.length === 1 ? '' : 's'}` };
  }
  return { ok: true, start, end: start + quote.length };
}

import { z } from 'zod';

// No compiled parsers: the page's policy allows no eval (see urlState.ts).
z.config({ jitless: true });

/** Where the page keeps the token for the tab's life: gone with the tab, never in a link. */
export const EDITOR_TOKEN_KEY = 'pledge-graph.editor-token';

/**
 * What a token may look like (as the server's EDITOR_TOKEN: printable ASCII without spaces, 16
 * characters at least); anything else in the URL or in storage is ignored, never sent.
 */
const Token = z.string().regex(/^[\x21-\x7e]{16,512}$/);

/** A stored or linked value as a token, or null when it is none. */
export function readToken(value: unknown): string | null {
  const parsed = Token.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Splits an editor link: the token it carries (null when absent or malformed) and the query
 * string without `editor=`, which is what the address bar must show at once so the token never
 * reaches a shared link or the history. `query` has no leading "?".
 */
export function takeEditorToken(query: string): { token: string | null; query: string; found: boolean } {
  const params = new URLSearchParams(query);
  const found = params.has('editor');
  const token = readToken(params.get('editor'));
  params.delete('editor');
  return { token, query: found ? params.toString() : query, found };
}

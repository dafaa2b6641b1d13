import { EDITOR_TOKEN_KEY, readToken, takeEditorToken } from '../state/editorToken.js';

/**
 * The editor token of this tab. An editor link (`?editor=<token>`) hands it over once: it goes
 * to sessionStorage (this tab only, gone when it closes) and leaves the address bar at once, so
 * it is never in a link the user shares nor in the history. Call before anything reads the URL.
 */
export function createEditorTokenStore() {
  const { token, query, found } = takeEditorToken(location.search.slice(1));
  if (found) history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  let storage: Storage | null = null;
  try {
    storage = sessionStorage;
  } catch {
    // Storage refused (a policy, private mode): the token lives as long as the page.
  }
  let memory = token ?? readToken(storage?.getItem(EDITOR_TOKEN_KEY));
  if (token) {
    try {
      storage?.setItem(EDITOR_TOKEN_KEY, token);
    } catch {
      // Full or refused: kept in memory.
    }
  }
  return {
    get: () => memory,
    /** The server refused it: forget it, so the editor says read-only instead of failing again. */
    drop() {
      memory = null;
      try {
        storage?.removeItem(EDITOR_TOKEN_KEY);
      } catch {
        // Nothing stored.
      }
    },
  };
}

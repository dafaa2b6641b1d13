/** The line `npm start` prints once: the explorer opened as an editor (the client reads `editor=`). */
export function editorLink(url: string, token: string): string {
  return `Editor link (keep it private): ${url}/?editor=${encodeURIComponent(token)}`;
}

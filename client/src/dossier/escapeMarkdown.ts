// Every ASCII punctuation mark CommonMark may read as syntax here: emphasis, code, links and
// images, headings, lists, tables (|), raw HTML (< >) and entities (&). A backslash before any
// ASCII punctuation is always literal, so escaping a few too many costs nothing.
const SPECIAL = /[\\`*_{}[\]()#+\-!|<>~&]/g;

/**
 * Text from the data as one line of Markdown that renders as exactly that text: no markup of its
 * own, no raw HTML, and line breaks as <br> (the one tag it writes) so that a table cell or a
 * heading stays on its line.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(SPECIAL, (c) => `\\${c}`)
      // "1." or "1)" at the start would begin an ordered list.
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
      .replace(/\r\n|[\r\n\u2028\u2029]/g, '<br>')
  );
}

import { historyEntry } from '../state/historyEntry.js';
import { stateToQuery } from '../state/urlState.js';
import type { Session } from './session.js';

/**
 * The address bar follows the state: a new browser-history entry for a meaningful change, the
 * present entry rewritten for the rest (historyEntry), and never a new one while Back or
 * Forward is being applied (the browser has moved to that entry already).
 */
export function writeUrl(session: Session): void {
  const s = session.state();
  const entry = session.restoring ? 'replace' : historyEntry(session.written, s);
  session.written = s;
  session.env.writeQuery(stateToQuery(s, session.defaults), entry);
}

import { sharedMatrix, type SharedMatrix } from '../graph/sharedMatrix.js';
import type { SharedViewModel } from '../views/sharedView.js';
import type { Session } from './session.js';

/** The matrix as the state and the user's hidden rows and columns make it; null before its data is loaded. */
export function currentMatrix(session: Session): SharedMatrix | null {
  if (!session.shared) return null;
  const s = session.state();
  return sharedMatrix(session.shared.records, session.shared.bureaus, {
    minBureaus: s.minBureaus,
    lang: s.lang,
    hiddenRows: session.sharedHidden.rows,
    hiddenColumns: session.sharedHidden.columns,
  });
}

/** What the matrix view draws, or null when the page shows the explorer. */
export function sharedModel(session: Session): SharedViewModel | null {
  const s = session.state();
  return s.view === 'shared' ? { lang: s.lang, minBureaus: s.minBureaus, matrix: currentMatrix(session) } : null;
}

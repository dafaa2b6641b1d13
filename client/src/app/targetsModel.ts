import { targetRows, type TargetRow } from '../graph/targetRows.js';
import { filterChoices, filterRows, sortRows } from '../graph/targetTable.js';
import { targetsMap } from '../graph/targetsMap.js';
import type { TargetsViewModel } from '../views/targetsView.js';
import type { Session } from './session.js';

/** Every row in the page's language; null before the data is loaded. */
export function currentTargetRows(session: Session): TargetRow[] | null {
  return session.targets && targetRows(session.targets, session.state().lang);
}

/** What the targets view draws, or null when the page shows something else. */
export function targetsModel(session: Session): TargetsViewModel | null {
  const s = session.state();
  if (s.view !== 'targets') return null;
  const m = session.m();
  const rows = currentTargetRows(session);
  const t = s.targets;
  const shown = rows ? sortRows(filterRows(rows, t), t.sort, s.lang, (type) => m.targetsRelations[type] ?? type) : [];
  return {
    lang: s.lang,
    state: t,
    rows,
    shown,
    choices: rows ? filterChoices(rows, s.lang) : { bureaus: [], destinations: [] },
    // The map shows what the filters let through, as the table does.
    map: rows && t.mode === 'map' ? targetsMap(shown, s.lang, m.targetsUnplaced) : null,
    picked: t.picked ? shown.filter((r) => r.id === t.picked) : [],
  };
}

import { rulesOf } from './rules.js';

/**
 * The date a clause says its pledge is due, as YYYY-MM-DD, and the rule that read it; undefined
 * when it states none. `year` is the pledge's year (its own 2024年, else the section's or the
 * document's); without one no date can be told. With kind 'asOf', the date a progress
 * statement reports as of (截至6月底).
 */
export function dueDate(clause: string, year: number | undefined, kind: 'due' | 'asOf' = 'due'): { due: string; rule: string } | undefined {
  const own = /(20\d{2})年/.exec(clause);
  const y = own ? Number(own[1]) : year;
  if (y === undefined) return undefined;
  for (const rule of rulesOf(kind)) {
    const match = rule.pattern.exec(clause);
    const due = match && rule.yields(match);
    if (!due) continue;
    const day = due.day === 'end' ? new Date(Date.UTC(y, due.month, 0)).getUTCDate() : due.day;
    return { due: `${y}-${String(due.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, rule: rule.id };
  }
  return undefined;
}

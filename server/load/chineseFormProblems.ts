import type { Path } from './parseSeedFile.js';

/**
 * Each English field the explorer shows and the field holding its Chinese form. The Chinese UI
 * must never fall back to English, so a curated text without its Chinese form is an error.
 */
const PAIRS = [
  ['note', 'noteZh'],
  ['attributionNote', 'attributionNoteZh'],
  ['metric', 'metricZh'],
  ['unit', 'unitZh'],
] as const;

/** A unit of symbols or Chinese (%, 亿元) reads the same in both UIs; one in words ("roads") does not. */
const needsTranslation = (field: string, value: string) => field !== 'unit' || /[A-Za-z]/.test(value);

/** The fields of one seed record that lack their Chinese form, each with what to add. */
export function chineseFormProblems(record: Record<string, unknown>, path: Path): { path: Path; message: string }[] {
  return PAIRS.flatMap(([en, zh]) => {
    const value = record[en];
    if (typeof value !== 'string' || !needsTranslation(en, value) || record[zh] !== undefined) return [];
    return [{ path: [...path, en], message: `needs its Chinese form "${zh}" beside it (the Chinese UI shows it)` }];
  });
}

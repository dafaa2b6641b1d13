import type { StoredShared } from '../sharing/readSharedByBureaus.js';
import type { TargetData } from '../targets/investmentTargets.js';
import type { CsvValue } from './toCsv.js';

/** Several names or values in one cell. */
export const LIST_SEPARATOR = '; ';
/** Several quotes in one cell. */
export const QUOTE_SEPARATOR = ' … ';

export const SHARED_COLUMNS = ['entity', 'entityEn', 'kind', 'bureauCount', 'bureaus', 'pledgeCount'] as const;
export type SharedCsvRow = Record<(typeof SHARED_COLUMNS)[number], CsvValue>;

/** One row per shared entity, in the query's order (most bureaus first); bureaus by their Chinese names. */
export function sharedCsvRows(shared: StoredShared[]): SharedCsvRow[] {
  return shared.map(({ entity, bureaus, pledges }) => ({
    entity: text(entity.name),
    entityEn: text(entity.nameEn),
    kind: entity.kind,
    bureauCount: bureaus.length,
    bureaus: bureaus.map((b) => text(b.name)).join(LIST_SEPARATOR),
    pledgeCount: pledges.length,
  }));
}

export const TARGET_COLUMNS = ['name', 'nameEn', 'relation', 'stage', 'bureaus', 'destinations', 'quote'] as const;
export type TargetCsvRow = Record<(typeof TARGET_COLUMNS)[number], CsvValue>;

/**
 * One row per company or institution and bureau (TargetData.byBureau). relation and stage in the
 * issue's words (targets, partners, settles in, operates; settled, courted, studied, watched);
 * quote: the words stating the relationships, and the words holding the stage's verb where
 * those are others.
 */
export function targetCsvRows(targets: TargetData[]): TargetCsvRow[] {
  // A spreadsheet is read by name: Chinese collation (the API pages by code point instead).
  const byName = [...targets].sort((a, b) => String(a.enterprise.name).localeCompare(String(b.enterprise.name), 'zh'));
  return byName.flatMap(({ enterprise, byBureau }) =>
    byBureau.map((row) => {
      const quotes = [...new Set(row.sources.map((s) => s.quote))];
      if (row.stageQuote && !quotes.some((q) => q.includes(row.stageQuote!))) quotes.push(row.stageQuote);
      return {
        name: text(enterprise.name),
        nameEn: text(enterprise.nameEn),
        relation: row.relations.map(relationWords).join(LIST_SEPARATOR),
        stage: row.stage?.toLowerCase() ?? '',
        bureaus: text(row.bureau.name),
        destinations: row.destinations.map((d) => text(d.name)).join(LIST_SEPARATOR),
        quote: quotes.join(QUOTE_SEPARATOR),
      };
    }),
  );
}

/** SETTLES_IN → settles in. */
function relationWords(type: string): string {
  return type.toLowerCase().replaceAll('_', ' ');
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

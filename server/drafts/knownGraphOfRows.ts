import { isEntityKind } from '../../schema/vocabulary/kinds.js';
import type { DraftEntity, EntityKind } from '../generated/graphql.js';
import type { KnownGraph } from '../ingest/knownGraph.js';

/** One row of cypher/draftGraph.ts. */
export interface DraftGraphRow {
  id: string;
  kind: string;
  name: string | null;
  nameEn: string | null;
  aliases: string[];
  text: string | null;
  target: number | null;
  unit: string | null;
  comparator: string | null;
  metric: string | null;
  bureauId: string | null;
  concerns: string[];
}

/**
 * The stored graph → what the draft matches against (the same shape the command line builds from
 * the seeds), and each entity's names for the review to show. Pure.
 */
export function knownGraphOfRows(rows: readonly DraftGraphRow[]): { known: KnownGraph; named: Map<string, DraftEntity> } {
  const known: KnownGraph = { entities: [], pledges: [], documents: [] };
  const named = new Map<string, DraftEntity>();
  for (const row of rows) {
    if (!isEntityKind(row.kind)) continue;
    const kind: EntityKind = row.kind;
    named.set(row.id, { id: row.id, kind, name: row.name ?? row.id, nameEn: row.nameEn });
    if (kind === 'PLEDGE') {
      known.pledges.push({
        id: row.id,
        bureauId: row.bureauId ?? undefined,
        text: row.text ?? '',
        target: typeof row.target === 'number' ? row.target : undefined,
        unit: row.unit ?? undefined,
        comparator: row.comparator ?? undefined,
        metric: row.metric ?? undefined,
        concerns: row.concerns,
      });
    } else {
      known.entities.push({ id: row.id, kind, names: [row.name ?? '', ...row.aliases].filter((name) => name !== '') });
    }
  }
  return { known, named };
}

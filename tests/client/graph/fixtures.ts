import type { EdgeRecord, EntityRecord } from '../../../client/src/api/records.js';
import type { EntityKind } from '../../../client/src/generated/graphql.js';

/** A minimal entity of the given kind (tests of pure graph modules; no database involved). */
export function entity(id: string, kind: EntityKind, name = id, nameEn: string | null = null): EntityRecord {
  return { id, kind, name, nameEn, aliases: [], summary: null, summaryZh: null, sources: [] };
}

export function edge(source: string, type: string, target: string): EdgeRecord {
  return {
    id: `${source}|${type}|${target}`,
    source,
    type,
    target,
    note: null,
    noteZh: null,
    attributionNote: null,
    attributionNoteZh: null,
    confidence: null,
    sources: [],
  };
}

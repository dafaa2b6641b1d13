import { KINDS, kindOfId, kindOfLabel, type Label } from '../../schema/vocabulary/kinds.js';
import { RELATIONSHIPS, RELATIONSHIP_TYPES, type RelationshipType } from '../../schema/vocabulary/relationships.js';

/** What the loader needs of the vocabulary (schema/vocabulary/), keyed as the seeds are: by label. */
export type { Label, RelationshipType };
export { kindOfLabel, RELATIONSHIPS, RELATIONSHIP_TYPES };

/** Every kind's Neo4j label. */
export const LABELS = Object.values(KINDS).map((spec): Label => spec.label);

/** kind:slug → its label, or undefined when the prefix is not a kind. */
export function labelOf(id: string): Label | undefined {
  const kind = kindOfId(id);
  return kind && KINDS[kind].label;
}

export function edgeId(from: string, type: string, to: string): string {
  return `${from}|${type}|${to}`;
}

/** The closed vocabulary of the graph: kinds (node labels) and relationship types. */

export const KINDS = {
  bureau: 'Bureau',
  pledge: 'Pledge',
  project: 'Project',
  enterprise: 'Enterprise',
  institution: 'Institution',
  place: 'Place',
  event: 'Event',
  document: 'Document',
} as const;

export type KindPrefix = keyof typeof KINDS;
export type Label = (typeof KINDS)[KindPrefix];

const ORGANISATION: Label[] = ['Enterprise', 'Institution'];
const THING: Label[] = ['Project', 'Place', 'Enterprise', 'Institution'];

export interface RelationshipTypeSpec {
  from: Label[];
  to: Label[];
  meaning: string;
}

/** Every relationship type, what it means and which kinds it may join (seeds/README.md lists the same). */
export const RELATIONSHIP_TYPES = {
  MADE: { from: ['Bureau'], to: ['Pledge'], meaning: 'the bureau made the pledge' },
  CONCERNS: { from: ['Pledge', 'Event'], to: THING, meaning: 'what the pledge builds, pushes, improves or is about; for an event, what it is about' },
  TARGETS: { from: ['Pledge'], to: ORGANISATION, meaning: 'a company or body the pledge courts, attracts or brings in' },
  PARTNERS: { from: ['Pledge'], to: ORGANISATION, meaning: 'a partner the pledge relies on or cooperates with' },
  DESTINED_FOR: { from: ['Pledge'], to: ['Place', 'Project'], meaning: 'the park, plaza, place or project the courted parties are meant for' },
  LOCATED_IN: { from: THING, to: ['Place'], meaning: 'is situated in' },
  SETTLES_IN: { from: ORGANISATION, to: ['Place'], meaning: 'has settled (入驻) in' },
  OPERATES: { from: ORGANISATION, to: ['Place', 'Project'], meaning: 'runs or operates' },
  PART_OF: { from: THING, to: THING, meaning: 'is a part of a larger whole' },
  ASSIGNED_BY: { from: ['Pledge'], to: ['Institution'], meaning: 'a task handed down by a higher authority' },
  COLLABORATES_WITH: { from: ORGANISATION, to: ORGANISATION, meaning: 'a stated cooperation between two bodies' },
} as const satisfies Record<string, RelationshipTypeSpec>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;

export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

/** kind:slug → its label, or undefined when the prefix is not a kind. */
export function labelOf(id: string): Label | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return Object.hasOwn(KINDS, prefix) ? KINDS[prefix as KindPrefix] : undefined;
}

export function edgeId(from: string, type: string, to: string): string {
  return `${from}|${type}|${to}`;
}

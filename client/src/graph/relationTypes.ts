/** The closed set of relationship types (seeds/README.md), in the order filters list them. */
export const RELATION_TYPES = [
  'MADE',
  'CONCERNS',
  'TARGETS',
  'PARTNERS',
  'DESTINED_FOR',
  'LOCATED_IN',
  'SETTLES_IN',
  'OPERATES',
  'PART_OF',
  'ASSIGNED_BY',
  'COLLABORATES_WITH',
] as const;

export type RelationType = (typeof RELATION_TYPES)[number];

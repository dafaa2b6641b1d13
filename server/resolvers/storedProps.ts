/** A pledge's status and history are derived (documents/statusHistory.ts) from these. */
export const HISTORY_PROPS = ['sources', 'userSources', 'text', 'target', 'unit', 'unitZh', 'statusHistory', 'seedStatusHistory'] as const;

/** The stored properties an entity field is read from, where they are not the field's own name (db/records.ts, toEntity). */
const READ_FROM: Record<string, readonly string[]> = {
  sources: ['sources', 'userSources'],
  status: HISTORY_PROPS,
  statusHistory: HISTORY_PROPS,
  __typename: [],
};

/**
 * The stored properties to read for the entity fields a request selects (selectedFields' onEntities),
 * plus what the resolver itself reads (`also`); id and kind always, since toEntity types every
 * node by its kind. Search-only properties are never an entity field, so never named.
 */
export function storedProps(fields: Iterable<string>, also: readonly string[] = []): string[] {
  const props = new Set(['id', 'kind']);
  for (const field of fields) for (const prop of READ_FROM[field] ?? [field]) props.add(prop);
  for (const prop of also) props.add(prop);
  return [...props];
}

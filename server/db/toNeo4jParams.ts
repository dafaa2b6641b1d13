import { int } from 'neo4j-driver';

/**
 * Query parameters as the driver must send them. A JS number travels as a FLOAT, but LIMIT,
 * list slices and range bounds take INTEGERs only: so every top-level whole number becomes a
 * Neo4j integer, and builders pass plain numbers. Values nested in lists or maps (the loader's
 * rows) keep their type, so a pledge's target of 10 stays the float it is in the data.
 */
export function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Number.isSafeInteger(value) ? int(value as number) : value]));
}

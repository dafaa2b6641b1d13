import { KINDS_WALK_FACTOR, MAX_DEPTH } from '../cypher/neighborhood.js';
import { MAX_HOPS } from '../cypher/paths.js';
import { CANDIDATES } from '../cypher/search.js';

/** A root field's arguments after GraphQL's coercion (defaults applied). */
export type FieldArgs = Record<string, unknown>;

/**
 * What one root field may make the database touch, in rows (nodes or relationships read),
 * counted from its arguments before anything runs. These are upper bounds of each query's walk,
 * not averages: the limit exists for the client that asks for the most. The fixed prices were
 * set against the database time each query takes on the article's graph, at about 45 units per
 * millisecond, the rate of the widest neighbourhood (2,200 units, ~50 ms).
 */
export const FIELD_COSTS: Record<string, (args: FieldArgs) => number> = {
  // Candidates from the Chinese and English full-text indexes, ranked with the substring hits.
  search: (args) => 2 * CANDIDATES + int(args.limit, 1, 100),
  entity: () => 1,
  entities: (args) => int(args.limit, 1, 2000),
  // The walk stops expanding once it knows `limit` nodes (KINDS_WALK_FACTOR × limit with a kinds
  // filter), so each level reads at most that many nodes' relationships; the seeds come on top.
  // Ids do not multiply it: the cap is shared by all of them.
  neighborhood: (args) =>
    list(args.ids, 200) + int(args.depth, 1, MAX_DEPTH) * int(args.limit, 1, 2000) * (list(args.kinds, Infinity) > 0 ? KINDS_WALK_FACTOR : 1),
  // A two-sided breadth-first search: each extra hop can multiply what it reads.
  paths: (args) => 5 * 2 ** int(args.maxHops, 1, MAX_HOPS),
  // Aggregations over every pledge of the graph, whatever the arguments (~15–30 ms each).
  sharedByBureaus: () => 1200,
  investmentTargets: (args) => (args.bureauId ? 100 : 1000),
  pledges: (args) => (args.bureauId ? 100 : 800),
  document: () => 10,
  // Every entity and relationship is read once per document to count what cites it.
  documents: () => 800,
  citations: () => 700,
  walkthroughs: () => 20,
  walkthrough: () => 1,
  // Writes: one small transaction each (an id lookup per step's focus, one node written).
  saveWalkthrough: () => 50,
  importWalkthrough: () => 50,
  deleteWalkthrough: () => 2,
  // One transaction: an id lookup per entity named, one write per group of items (bounded by its schema).
  ingestDocument: () => 200,
  // Every entity's names and every pledge read once (the extraction's CPU is the editor's, behind the token).
  draftDocument: () => 800,
  // Read from Neo4j's count store.
  stats: () => 20,
};

/**
 * The most one request may cost: a depth-1 neighbourhood of 200 ids at the largest limit (the
 * explorer's widest request) fits, and so does any one field with any arguments but the widest
 * walks; the heaviest request it lets through takes about 50 ms of database time.
 */
export const DEFAULT_MAX_QUERY_COST = 2500;

/**
 * From this cost on, a request is heavy: its reads run one at a time, in a lane of their own
 * (HEAVY_LANE), so that heavy traffic cannot take every turn. A depth-1 neighbourhood of one
 * node (301), a search (420) or a path (320) is light; the explorer's first screen (60 ids at limit 2000) is
 * heavy, and waits its turn in that lane when others are heavy too.
 */
export const HEAVY_QUERY_COST = 1000;

/** Heavy reads at once, and how many may wait (QUEUE_WAIT_MS at most) before a quick 503. */
export const HEAVY_LANE = { concurrency: 2, queue: 8 };

/** Introspection and unknown fields: no database work, but not free. */
export const DEFAULT_FIELD_COST = 1;

/**
 * An integer argument clamped to its allowed range: an out-of-range value costs what the largest
 * allowed one does, so that the resolver, not the cost limit, tells the client the range.
 */
function int(value: unknown, min: number, max: number): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : min;
  return Math.min(Math.max(n, min), max);
}

function list(value: unknown, max: number): number {
  return Array.isArray(value) ? Math.min(new Set(value).size, max) : 0;
}

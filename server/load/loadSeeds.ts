import { createHash } from 'node:crypto';
import path from 'node:path';
import { PROJECT_ROOT } from '../projectRoot.js';
import type { Executor } from '../db/executor.js';
import { graphWriteQueries, recordSeedHash, schemaQueries, storedGraphQuery } from './loadQueries.js';
import { readSeeds } from './readSeeds.js';
import type { SeedGraph } from './SeedGraph.js';
import { SeedValidationError } from './SeedError.js';
import { storedGraphDiff, type StoredGraph } from './storedGraphDiff.js';
import { validateSeeds } from './validateSeeds.js';

export const SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds');

export interface LoadSummary {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  walkthroughs: number;
  /** True when the stored graph already was the seed graph and nothing was written. */
  skipped?: boolean;
  /** Why the graph was written (when it was checked first, at start-up). */
  reason?: string;
}

/** Reads and validates every seed file; throws SeedValidationError listing all problems. */
export function checkSeeds(seedsDir = SEEDS_DIR): SeedGraph {
  const { documents, graphFiles, walkthroughFiles } = readSeeds(seedsDir);
  const { graph, problems } = validateSeeds(documents, graphFiles, walkthroughFiles);
  if (!graph) throw new SeedValidationError(problems);
  return graph;
}

/**
 * Validates everything first, then replaces the stored graph in ONE transaction: a failure
 * anywhere leaves the previous graph as it was. Loading the same seeds twice changes nothing.
 */
export async function loadSeeds(executor: Executor, seedsDir = SEEDS_DIR, options: { force?: boolean } = {}): Promise<LoadSummary> {
  return writeSeedGraph(executor, checkSeeds(seedsDir), options);
}

/** Writes a graph that checkSeeds returned (see loadSeeds). */
export async function writeSeedGraph(executor: Executor, graph: SeedGraph, { force = true } = {}): Promise<LoadSummary> {
  const hash = graphHash(graph);
  // npm start loads on every start; when the stored graph is the seed graph, a rewrite would
  // change nothing, so it is skipped (npm run load always writes). Anything else is repaired.
  let reason: string | undefined;
  if (!force) {
    const [record] = await executor.read(storedGraphQuery(), { timeoutMs: 60_000 });
    reason = storedGraphDiff(record!.toObject() as StoredGraph, graph, hash) ?? undefined;
    if (!reason) return { ...summarize(graph), skipped: true };
  }
  for (const query of schemaQueries()) await executor.writeAll([query]);
  // The article loads in a second; a graph of 100k entities took close to two minutes on two
  // cores, so the time allowed grows with the graph (1 ms per entity or relationship).
  const timeoutMs = Math.max(120_000, graph.nodes.length + graph.edges.length);
  await executor.writeAll([...graphWriteQueries(graph), recordSeedHash(hash)], { timeoutMs });
  // A newly created full-text index is populated in the background: wait before serving search.
  await executor.writeAll([{ cypher: 'CALL db.awaitIndexes(300)', params: {} }], { timeoutMs: 310_000 });
  return { ...summarize(graph), skipped: false, ...(reason ? { reason } : {}) };
}

/**
 * What the loader derives from the seeds beyond their own properties (cypher/bureauReach.ts).
 * Part of the fingerprint: raising it makes the first start after an upgrade rewrite a stored
 * graph that lacks a newer derivation, though the seeds did not change.
 */
const DERIVATIONS = 'bureauReach@1';

/** A fingerprint of everything the loader writes. */
function graphHash(graph: SeedGraph): string {
  return createHash('sha256').update(DERIVATIONS).update(JSON.stringify(graph)).digest('hex');
}

export function summarize(graph: SeedGraph): LoadSummary {
  const count = (keys: string[]) => keys.reduce<Record<string, number>>((acc, key) => ({ ...acc, [key]: (acc[key] ?? 0) + 1 }), {});
  return { nodes: count(graph.nodes.map((n) => n.label)), relationships: count(graph.edges.map((e) => e.type)), walkthroughs: graph.walkthroughs.length };
}

import type { Driver } from 'neo4j-driver';
import type { Executor } from '../server/db/executor.js';
import { schemaQueries } from '../server/load/loadQueries.js';
import { writeSeedGraph } from '../server/load/loadSeeds.js';
import type { SeedGraph } from '../server/load/SeedGraph.js';

export interface LoadFigures {
  entities: number;
  relationships: number;
  /** Our loader (writeSeedGraph: one transaction, indexes awaited), seconds. */
  loaderS: number;
  /** Plain neo4j-driver UNWIND … MERGE, 10k rows per transaction, indexes awaited, seconds. */
  driverS: number;
  entitiesPerSec: number;
  relsPerSec: number;
  /** Plain driver time over ours: 1 means as fast, above 1 faster. */
  vsDriver: number;
}

const DRIVER_BATCH = 10_000;

/**
 * Loads the same graph twice into an emptied store with the same schema: first the way anyone
 * would with the plain driver (the baseline), then through our loader, which is what is kept.
 * Both wait for the indexes to be populated, since search needs them either way.
 */
export async function measureLoad(graph: SeedGraph, driver: Driver, executor: Executor, log: (line: string) => void): Promise<LoadFigures> {
  for (const query of schemaQueries()) await executor.writeAll([query]);
  log(`load: plain driver, UNWIND MERGE in batches of ${DRIVER_BATCH}…`);
  const driverS = await seconds(() => plainDriverLoad(graph, driver));
  log(`load: plain driver took ${driverS.toFixed(1)} s; emptying the store…`);
  const session = driver.session();
  try {
    await session.run('MATCH (n:Entity) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  log('load: our loader (writeSeedGraph)…');
  const loaderS = await seconds(() => writeSeedGraph(executor, graph, { force: true }));
  log(`load: our loader took ${loaderS.toFixed(1)} s`);
  const round = (x: number, digits = 0) => Number(x.toFixed(digits));
  return {
    entities: graph.nodes.length,
    relationships: graph.edges.length,
    loaderS: round(loaderS, 2),
    driverS: round(driverS, 2),
    entitiesPerSec: round(graph.nodes.length / loaderS),
    relsPerSec: round(graph.edges.length / loaderS),
    vsDriver: round(driverS / loaderS, 2),
  };
}

async function seconds(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

/** The baseline: what the driver's manual suggests, nothing of ours but the graph's shape. */
async function plainDriverLoad(graph: SeedGraph, driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    const byLabel = groupBy(graph.nodes, (n) => n.label);
    for (const [label, nodes] of byLabel) {
      for (let i = 0; i < nodes.length; i += DRIVER_BATCH) {
        const rows = nodes.slice(i, i + DRIVER_BATCH).map((n) => ({ id: n.id, props: n.props }));
        await session.executeWrite((tx) => tx.run(`UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n = row.props, n:${label}`, { rows }));
      }
    }
    const byType = groupBy(graph.edges, (e) => e.type);
    for (const [type, edges] of byType) {
      for (let i = 0; i < edges.length; i += DRIVER_BATCH) {
        const rows = edges.slice(i, i + DRIVER_BATCH).map((e) => ({ from: e.from, to: e.to, props: e.props }));
        await session.executeWrite((tx) =>
          tx.run(`UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) MERGE (a)-[r:${type}]->(b) SET r = row.props`, { rows }),
        );
      }
    }
    await session.run('CALL db.awaitIndexes(600)');
  } finally {
    await session.close();
  }
}

/** Map.groupBy, which Node 20 lacks. */
function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

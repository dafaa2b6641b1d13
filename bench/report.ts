import type { ClientFigures } from './measureClient.js';
import type { OpFigures } from './measureApi.js';
import type { LoadFigures } from './measureLoad.js';
import type { Timing } from './percentiles.js';

/** The targets (p95 at 8 clients, size M), for the table's last column. */
export const P95_TARGETS: Record<string, number> = { search: 25, neighborhood1: 25, neighborhood2: 60, paths: 60, sharedByBureaus: 60, investmentTargets: 60 };

export interface Compared {
  name: string;
  ours: Timing;
  theirs: Timing;
}

export interface BenchInput {
  size: string;
  load: LoadFigures;
  api: OpFigures[];
  compared: Compared[];
  queriesPerOp: number;
  client: ClientFigures;
  serverRssMB: number;
  neo4jRssMB: number;
}

const pick = ({ p50, p95, p99 }: Timing) => ({ p50, p95, p99 });
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/**
 * The one-line JSON of the issue. overVsDriver and vsNeo4jGraphql are the worst (highest) p95
 * ratio over the operations, at one client: a target met by the worst is met by all.
 */
export function benchJson({ size, load, api, compared, queriesPerOp, client, serverRssMB, neo4jRssMB }: BenchInput) {
  return {
    size,
    entities: load.entities,
    relationships: load.relationships,
    load: { entitiesPerSec: load.entitiesPerSec, relsPerSec: load.relsPerSec, vsDriver: load.vsDriver },
    api: Object.fromEntries(api.map((op) => [op.name, { c1: pick(op.c1), c8: pick(op.c8) }])),
    overVsDriver: Math.max(...api.map((op) => ratio(op.c1.p95, op.driver.p95))),
    vsNeo4jGraphql: Math.max(...compared.map((c) => ratio(c.ours.p95, c.theirs.p95))),
    queriesPerOp,
    client: { layoutMs: client.layoutMs, fpsCanvas: client.fpsCanvas, fpsWebgl: client.fpsWebgl, bundleGzipKB: client.bundleGzipKB },
    serverRssMB,
    neo4jRssMB,
  };
}

/** The human-readable report: one table per part, on stdout. */
export function printTables(input: BenchInput): void {
  const { load, api, compared, client } = input;
  console.log(`\nsize ${input.size}: ${load.entities} entities, ${load.relationships} relationships`);
  console.table({
    'our loader': { seconds: load.loaderS, 'entities/s': load.entitiesPerSec, 'rels/s': load.relsPerSec },
    'plain driver (10k batches)': {
      seconds: load.driverS,
      'entities/s': Math.round(load.entities / load.driverS),
      'rels/s': Math.round(load.relationships / load.driverS),
    },
  });
  console.log(`loader vs plain driver: ${load.vsDriver}× (target ≥ 0.9)`);
  console.table(
    Object.fromEntries(
      api.map((op) => [
        op.name,
        {
          runs: op.c1.runs,
          'driver p95': op.driver.p95,
          'c1 p50': op.c1.p50,
          'c1 p95': op.c1.p95,
          'c1 p99': op.c1.p99,
          'gql/driver p95': ratio(op.c1.p95, op.driver.p95),
          'c8 p50': op.c8.p50,
          'c8 p95': op.c8.p95,
          'c8 p99': op.c8.p99,
          'c8 errors': op.c8Errors,
          'c8 p95 target': P95_TARGETS[op.name] ?? '',
        },
      ]),
    ),
  );
  console.table(
    Object.fromEntries(
      compared.map((c) => [
        c.name,
        { runs: c.ours.runs, 'ours p95': c.ours.p95, '@neo4j/graphql p95': c.theirs.p95, 'ours/theirs': ratio(c.ours.p95, c.theirs.p95) },
      ]),
    ),
  );
  console.table({ 'fcose ms': client.layoutMs, 'preset ms': client.presetMs });
  console.log(
    `pan/zoom fps on the largest subgraph laid out: canvas ${client.fpsCanvas}, WebGL ${client.fpsWebgl}; initial JS ${client.bundleGzipKB} KB gzip; ` +
      `queries per root field ${input.queriesPerOp}; peak RSS: server ${input.serverRssMB} MB, Neo4j JVM ${input.neo4jRssMB} MB`,
  );
}

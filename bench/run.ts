// `npm run bench [-- --entities 100000 --runs 300]`: builds a synthetic graph shaped like the
// article's in a throw-away embedded Neo4j, then times search and depth-1 neighbourhoods, both
// as Cypher through the driver and as GraphQL over HTTP. Bounded: `runs` requests per
// operation and at most 120 s each; everything on 127.0.0.1; the database is deleted after.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../server/app.js';
import { neighborhoodQuery } from '../server/cypher/neighborhood.js';
import { searchQuery } from '../server/cypher/search.js';
import { createDriver } from '../server/db/createDriver.js';
import { createExecutor } from '../server/db/executor.js';
import { createLogger } from '../server/logger.js';
import { startEmbeddedNeo4j } from '../server/neo4j/startEmbeddedNeo4j.js';
import { graphWriteQueries, schemaQueries } from '../server/load/loadQueries.js';
import { measurePair, type Timing } from './percentiles.js';
import { graphqlClient } from './graphqlClient.js';
import { prng, syntheticGraph } from './syntheticGraph.js';

const { values } = parseArgs({ options: { entities: { type: 'string', default: '100000' }, runs: { type: 'string', default: '300' } } });
const total = Number(values.entities);
const runs = Number(values.runs);
const TARGET_P95_MS = 25;
const MAX_OVERHEAD = 1.25;

const logger = createLogger('warn');
const dataDir = mkdtempSync(path.join(tmpdir(), 'pledge-graph-bench-'));
const neo4j = await startEmbeddedNeo4j({ port: 0, dataDir, heap: '1g', pageCache: '256m', startTimeoutMs: 180_000 });
const executor = createExecutor({ driver: createDriver({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password }), txTimeoutMs: 5000, logger });

try {
  console.log(`Building ${total} entities…`);
  const started = performance.now();
  const graph = syntheticGraph(total);
  for (const query of schemaQueries()) await executor.writeAll([query]);
  const writes = graphWriteQueries(graph);
  // Several transactions: one would hold the whole synthetic graph in memory at once.
  for (let i = 0; i < writes.length; i += 10) await executor.writeAll(writes.slice(i, i + 10), { timeoutMs: 600_000 });
  await executor.writeAll([{ cypher: 'CALL db.awaitIndexes(600)', params: {} }], { timeoutMs: 610_000 });
  console.log(`${graph.nodes.length} nodes, ${graph.edges.length} relationships loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const random = prng(7);
  const sample = Array.from({ length: runs }, () => graph.nodes[Math.floor(random() * graph.nodes.length)]!);
  // What people type: a 2–3 character piece of a Chinese name, or one English word.
  const texts = sample.map((node, i) => {
    const name = String(node.props.name);
    if (i % 2 === 0) {
      const at = Math.floor(random() * (name.length - 2));
      return name.slice(at, at + 2 + (i % 4 === 0 ? 1 : 0));
    }
    return String(node.props.nameEn).split(' ')[0]!;
  });
  const ids = sample.map((node) => node.id);

  const app = await createApp({ executor, logger, exposeErrors: false });
  const server = app.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const gql = graphqlClient(url);

  const SEARCH = 'query($text: String!) { search(text: $text) { score entity { id kind name nameEn } } }';
  const NEIGHBORHOOD = 'query($id: ID!) { neighborhood(ids: [$id]) { truncated nodes { id kind name nameEn } edges { id type source target } } }';
  const row = (operation: string, [cypher, graphql]: [Timing, Timing]) => ({ operation, cypher, graphql });
  const rows = [
    row(
      'search (limit 20)',
      await measurePair(
        texts,
        (text) => executor.read(searchQuery({ text, kinds: null, limit: 20 })),
        (text) => gql(SEARCH, { text }),
      ),
    ),
    row(
      'neighborhood depth 1 (limit 300)',
      await measurePair(
        ids,
        (id) => executor.read(neighborhoodQuery({ ids: [id], depth: 1, kinds: null, limit: 300 })),
        (id) => gql(NEIGHBORHOOD, { id }),
      ),
    ),
  ];
  await new Promise((resolve) => server.close(resolve));
  await app.stop();

  console.log(`\n${graph.nodes.length} entities, ${runs} requests per operation (ms):`);
  console.table(
    rows.map(({ operation, cypher, graphql }) => ({
      operation,
      'cypher p50': cypher.p50,
      'cypher p95': cypher.p95,
      'graphql p50': graphql.p50,
      'graphql p95': graphql.p95,
      'graphql/cypher p95': Math.round((graphql.p95 / cypher.p95) * 100) / 100,
      [`p95 ≤ ${TARGET_P95_MS}`]: graphql.p95 <= TARGET_P95_MS ? 'yes' : 'NO',
      [`overhead ≤ ${MAX_OVERHEAD}×`]: graphql.p95 / cypher.p95 <= MAX_OVERHEAD ? 'yes' : 'NO',
    })),
  );
} finally {
  await executor.close();
  await neo4j.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

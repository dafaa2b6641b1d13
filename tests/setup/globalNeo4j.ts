import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDriver } from '../../server/db/createDriver.js';
import { createExecutor } from '../../server/db/executor.js';
import { warmUp } from '../../server/db/warmUp.js';
import { createLogger } from '../../server/logger.js';
import { loadSeeds } from '../../server/load/loadSeeds.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/neo4j/startEmbeddedNeo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    /** The embedded Neo4j runs with auth on, as the app's does. */
    neo4jPassword: string;
    neo4jDataDir: string;
  }
}

interface Shared {
  started: Promise<{ neo4j: EmbeddedNeo4j; dataDir: string }>;
  users: number;
}

// Every project that touches data lists this setup, and vitest calls it once per project, all in
// the main process: the first call starts the database, the others share it, the last stops it.
const g = globalThis as typeof globalThis & { pledgeGraphNeo4j?: Shared };

async function start(): Promise<{ neo4j: EmbeddedNeo4j; dataDir: string }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pledge-graph-test-'));
  const neo4j = await startEmbeddedNeo4j({
    port: 0,
    dataDir,
    heap: '768m',
    pageCache: '64m',
    // As the app's: a busy machine may need longer than the default (NEO4J_START_TIMEOUT_S).
    startTimeoutMs: Number(process.env.NEO4J_START_TIMEOUT_S ?? 180) * 1000,
    onLog: (line) => console.log(`[neo4j] ${line}`),
  });
  // The article graph, loaded once: most files only read it and run side by side; the files that
  // rewrite it (*.db-writes.test.ts) run alone, later, and leave it as they found it.
  const driver = createDriver({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  const executor = createExecutor({ driver, txTimeoutMs: 60_000, logger: createLogger('silent') });
  try {
    await loadSeeds(executor);
    // Neo4j plans each query text the first time it sees it; on a busy machine that first plan can
    // pass the apps' 5 s transaction timeout. Planned once here, with time to spare, the cached
    // plans serve every test's server.
    await warmUp(executor);
  } finally {
    await executor.close();
  }
  return { neo4j, dataDir };
}

/** A real Neo4j for the run: free port, throw-away data folder, the article graph loaded. */
export async function setup(project: TestProject) {
  const shared = (g.pledgeGraphNeo4j ??= { started: start(), users: 0 });
  shared.users++;
  const { neo4j, dataDir } = await shared.started;
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jPassword', neo4j.password);
  project.provide('neo4jDataDir', dataDir);
}

export async function teardown() {
  const shared = g.pledgeGraphNeo4j;
  if (!shared || --shared.users > 0) return;
  g.pledgeGraphNeo4j = undefined;
  const { neo4j, dataDir } = await shared.started;
  await neo4j.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

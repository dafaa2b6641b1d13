import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/neo4j/startEmbeddedNeo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

let neo4j: EmbeddedNeo4j | undefined;
let dataDir: string | undefined;

/** A real Neo4j for the run: free port, throw-away data folder, stopped and deleted at the end. */
export async function setup(project: TestProject) {
  dataDir = mkdtempSync(path.join(tmpdir(), 'pledge-graph-test-'));
  neo4j = await startEmbeddedNeo4j({
    port: 0,
    dataDir,
    heap: '768m',
    pageCache: '64m',
    startTimeoutMs: 180_000,
    onLog: (line) => console.log(`[neo4j] ${line}`),
  });
  project.provide('neo4jUri', neo4j.uri);
}

export async function teardown() {
  await neo4j?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

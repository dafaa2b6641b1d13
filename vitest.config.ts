import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// Four projects. `npm run test:unit` runs the first alone: no database, no browser.
// `npm test` runs them all, in two groups: unit, db and app side by side, then db-serial.
const UNIT = ['tests/**/*.test.ts'];
const READS = ['tests/**/*.db.test.ts']; // read the article graph in the run's Neo4j; never change it
const WRITES = ['tests/**/*.db-writes.test.ts']; // rewrite that graph, so they run alone
const BROWSER = ['tests/browser/**/*.test.ts']; // Chromium against the served app
// `npm start` as a process, with its own Neo4j; and `npm run bench` at size S, which empties
// the store it loads into, so it cannot use the suite's
const APP = [
  'tests/server/neo4j/lifecycle.test.ts',
  'tests/server/neo4j/damagedStore.test.ts',
  'tests/server/neo4j/externalReconnect.test.ts',
  'tests/bench/benchSmoke.test.ts',
];

const neo4j = { globalSetup: ['tests/setup/globalNeo4j.ts'] };

const projects: TestProjectInlineConfiguration[] = [
  // Pure tests share their workers' module cache (no isolation): importing the same modules
  // again for every file was most of the unit run's time.
  { extends: true, test: { name: 'unit', include: UNIT, exclude: [...READS, ...WRITES, ...BROWSER, ...APP], isolate: false, sequence: { groupOrder: 1 } } },
  { extends: true, test: { name: 'db', include: READS, ...neo4j, sequence: { groupOrder: 1 } } },
  // One file at a time: a file that rewrites the graph must never race one that reads it, and
  // the browser tests each serve the app and drive Chromium, which wants both cores.
  { extends: true, test: { name: 'db-serial', include: [...WRITES, ...BROWSER], ...neo4j, fileParallelism: false, sequence: { groupOrder: 2 } } },
  // Its apps start their own Neo4j and share nothing with the others: it runs in group 1, beside
  // unit and db (a group shares one worker count, two, so at most two files run at once). Each
  // start takes 15–30 s on a quiet machine; the generous timeout is for a busy one.
  { extends: true, test: { name: 'app', include: APP, testTimeout: 180_000, sequence: { groupOrder: 1 } } },
];

export default defineConfig({
  test: {
    // Two cores: two files at a time within a group.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
    projects,
  },
});

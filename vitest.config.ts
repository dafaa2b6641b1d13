import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One embedded Neo4j for the whole run (started here, stopped at the end).
    globalSetup: ['tests/setup/globalNeo4j.ts'],
    // Test files share that database and the machine has two cores: run files one after
    // another so that a test that rewrites the graph never races one that reads it.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});

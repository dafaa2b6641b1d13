import { inject } from 'vitest';
import { createDriver } from '../../server/db/createDriver.js';
import { createExecutor, type Executor } from '../../server/db/executor.js';
import { createLogger } from '../../server/logger.js';

export const silentLogger = createLogger('silent');

/** The run's embedded Neo4j as the app's config names it (auth is on, as in the app). */
export function testNeo4jEnv(): Record<string, string> {
  return { NEO4J_URI: inject('neo4jUri'), NEO4J_USER: 'neo4j', NEO4J_PASSWORD: inject('neo4jPassword') };
}

/** A driver on the run's embedded Neo4j (or on `uri`, e.g. a closed port), logged in. */
export function testDriver(uri: string = inject('neo4jUri'), connectionTimeoutMs = 2000) {
  return createDriver({ uri, user: 'neo4j', password: inject('neo4jPassword'), connectionTimeoutMs });
}

/** An executor on the run's embedded Neo4j (or on `uri`, e.g. a closed port). */
export function testExecutor(uri?: string, onQuery?: Parameters<typeof createExecutor>[0]['onQuery']): Executor {
  return createExecutor({ driver: testDriver(uri), txTimeoutMs: 5000, logger: silentLogger, onQuery });
}

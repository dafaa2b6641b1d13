import { inject } from 'vitest';
import { createDriver } from '../../server/db/createDriver.js';
import { createExecutor, type Executor } from '../../server/db/executor.js';
import { createLogger } from '../../server/logger.js';

export const silentLogger = createLogger('silent');

/** An executor on the run's embedded Neo4j (or on `uri`, e.g. a closed port). */
export function testExecutor(uri: string = inject('neo4jUri'), onQuery?: Parameters<typeof createExecutor>[0]['onQuery']): Executor {
  const driver = createDriver({ uri, user: 'neo4j', password: '', connectionTimeoutMs: 2000 });
  return createExecutor({ driver, txTimeoutMs: 5000, logger: silentLogger, onQuery });
}

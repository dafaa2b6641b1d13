import { healthQuery } from '../cypher/health.js';
import { ServiceUnavailableError } from '../errors.js';
import type { Executor } from './executor.js';

export type Neo4jStatus = 'up' | 'down' | 'degraded';

export interface HealthReport {
  status: Neo4jStatus;
  /** Why it is not up, in the words of the failure. */
  reason?: string;
  entities?: number;
}

/** A health check's reads are small: a few seconds without an answer is an answer. */
const HEALTH_TIMEOUT_MS = 3000;

/**
 * Neo4j as a query sees it: `down` when it cannot be reached (or answers too slowly), `degraded`
 * when it answers but a real read fails (a damaged store, a missing index), `up` otherwise.
 */
export async function checkHealth(executor: Executor): Promise<HealthReport> {
  try {
    // A ping first: it does not retry, so a server that is gone is reported at once.
    await executor.ping();
    const [record] = await executor.read(healthQuery(), { timeoutMs: HEALTH_TIMEOUT_MS });
    return { status: 'up', entities: record?.get('entities') as number };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { status: error instanceof ServiceUnavailableError ? 'down' : 'degraded', reason };
  }
}

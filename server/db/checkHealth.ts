import { healthQuery } from '../cypher/health.js';
import { ServiceUnavailableError } from '../errors.js';
import { BusyError } from './createLimiter.js';
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
 * `timeoutMs` is for the start-up, where the read's first plan may take longer than a probe may.
 */
export async function checkHealth(executor: Executor, { timeoutMs = HEALTH_TIMEOUT_MS } = {}): Promise<HealthReport> {
  try {
    // A ping first: it does not retry, so a server that is gone is reported at once.
    await executor.ping();
    const [record] = await executor.read(healthQuery(), { timeoutMs });
    return { status: 'up', entities: record?.get('entities') as number };
  } catch (error) {
    return failedHealth(error);
  }
}

/**
 * What a failed read says of Neo4j: unreachable (down), or reachable but unable to answer — a
 * damaged store, or every turn taken by other requests (busy is not down: it answers others).
 */
export function failedHealth(error: unknown): HealthReport {
  const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  return { status: error instanceof ServiceUnavailableError && !(error instanceof BusyError) ? 'down' : 'degraded', reason };
}

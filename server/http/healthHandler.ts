import type { RequestHandler } from 'express';
import { checkHealth } from '../db/checkHealth.js';
import type { Executor } from '../db/executor.js';

/** 200 when a real read succeeds; 503 with the reason when Neo4j is down or cannot be read. */
export function healthHandler(executor: Executor, info: Record<string, unknown>): RequestHandler {
  return async (_req, res) => {
    const { status, reason, entities } = await checkHealth(executor);
    res
      .status(status === 'up' ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({ status: status === 'up' ? 'ok' : 'unavailable', neo4j: { status, ...(reason ? { reason } : { entities }), ...info } });
  };
}

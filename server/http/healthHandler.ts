import type { RequestHandler } from 'express';
import type { Executor } from '../db/executor.js';

/** 200 when Neo4j answers a query, 503 with the reason otherwise. */
export function healthHandler(executor: Executor, info: Record<string, unknown>): RequestHandler {
  return async (_req, res) => {
    try {
      await executor.ping();
      res.status(200).json({ status: 'ok', neo4j: { status: 'up', ...info } });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      res.status(503).json({ status: 'unavailable', neo4j: { status: 'down', reason, ...info } });
    }
  };
}

import neo4j, { type Driver, type Record as Neo4jRecord, Neo4jError } from 'neo4j-driver';
import { ServiceUnavailableError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { CypherQuery } from './CypherQuery.js';
import { busy, type Limiter } from './createLimiter.js';
import { retried } from './retried.js';
import { toNeo4jParams } from './toNeo4jParams.js';

export interface ExecutorOptions {
  driver: Driver;
  database?: string;
  /** Applied to every transaction: a slow query is stopped by Neo4j, not left running. */
  txTimeoutMs: number;
  logger: Logger;
  /** Called once per query run; lets tests count round trips (the no-N+1 check). */
  onQuery?: (query: CypherQuery) => void;
  /** Caps concurrent reads (fair sharing); without one, reads wait only for the driver's pool. */
  limiter?: Limiter;
  /** Why the database cannot be reached now, when that is known without asking it (null: go ahead). */
  unavailable?: () => string | null;
}

export interface Executor {
  /** One read transaction; `timeoutMs` overrides the configured timeout (shorter for health checks). */
  read(query: CypherQuery, options?: { timeoutMs?: number }): Promise<Neo4jRecord[]>;
  /** Runs all queries in one write transaction: all of them commit, or none. */
  writeAll(queries: CypherQuery[], options?: { timeoutMs?: number }): Promise<void>;
  /**
   * One write transaction whose later queries depend on the answers of earlier ones (a check,
   * then the write). `work` may be run again on a transient failure, so it must only run queries
   * and decide; an error it throws rolls everything back and reaches the caller as thrown.
   */
  write<T>(work: (run: (query: CypherQuery) => Promise<Neo4jRecord[]>) => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
  /** Resolves when Neo4j answers; rejects with ServiceUnavailableError otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
/** Tries of a read that fails with a retryable error. */
const READ_ATTEMPTS = 3;

/** Driver failure → our error vocabulary. Unknown failures pass through to be masked upstream. */
export function mapDriverError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE_CODES.has(error.code)) return new ServiceUnavailableError(firstLine(error.message));
  if (error.code.includes('TransactionTimedOut') || error.code.includes('Transaction.Terminated')) {
    return new ServiceUnavailableError('the query took too long and was stopped');
  }
  if (error.code.startsWith('Neo.ClientError.Security')) {
    return new ServiceUnavailableError('Neo4j refused the credentials (check NEO4J_USER and NEO4J_PASSWORD)');
  }
  if (error.code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new ServiceUnavailableError(`${firstLine(error.message)} (check NEO4J_DATABASE)`);
  }
  if (error.code.startsWith('Neo.TransientError')) return new ServiceUnavailableError(firstLine(error.message));
  // Every pooled connection stayed busy for the whole wait: the server is overloaded, not broken.
  if (/connection acquisition timed out/i.test(error.message)) return busy();
  return error;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/**
 * The only place that opens sessions. Integers arrive as JS numbers (driver option, see
 * createDriver) and leave as Neo4j integers (toNeo4jParams).
 */
export function createExecutor({ driver, database, txTimeoutMs, logger, onQuery, limiter, unavailable }: ExecutorOptions): Executor {
  const txConfig = { timeout: txTimeoutMs };

  async function run<T>(mode: 'READ' | 'WRITE', work: (session: neo4j.Session) => Promise<T>): Promise<T> {
    const reason = unavailable?.();
    if (reason) throw new ServiceUnavailableError(reason);
    const session = driver.session({ database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    try {
      return await work(session);
    } catch (error) {
      const mapped = mapDriverError(error);
      if (mapped !== error) logger.warn({ reason: (mapped as Error).message }, 'Neo4j unavailable');
      throw mapped;
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  return {
    read(query, { timeoutMs } = {}) {
      onQuery?.(query);
      const config = timeoutMs ? { timeout: timeoutMs } : txConfig;
      // Auto-commit, not a transaction function: one message out and one answer back, where
      // executeRead sends BEGIN, RUN and COMMIT and waits for the commit (about a third of the
      // CPU of a small request, API and Neo4j together). A retryable failure (a cluster member
      // leaving) is run again: a read changes nothing.
      const work = () =>
        run('READ', (session) => retried(async () => (await session.run(query.cypher, toNeo4jParams(query.params), config)).records, READ_ATTEMPTS));
      return limiter ? limiter.run(work) : work();
    },
    writeAll(queries, { timeoutMs = txTimeoutMs } = {}) {
      return run('WRITE', (session) =>
        session.executeWrite(
          async (tx) => {
            for (const query of queries) {
              onQuery?.(query);
              await tx.run(query.cypher, toNeo4jParams(query.params));
            }
          },
          { timeout: timeoutMs },
        ),
      );
    },
    write(work, { timeoutMs = txTimeoutMs } = {}) {
      return run('WRITE', (session) =>
        session.executeWrite(
          (tx) =>
            work(async (query) => {
              onQuery?.(query);
              return (await tx.run(query.cypher, toNeo4jParams(query.params))).records;
            }),
          { timeout: timeoutMs },
        ),
      );
    },
    async ping() {
      // Auto-commit on purpose: no retries, so a health check of a dead server answers at once.
      await run('READ', (session) => session.run('RETURN 1', {}, { timeout: Math.min(txTimeoutMs, 3000) }));
    },
    close: () => driver.close(),
  };
}

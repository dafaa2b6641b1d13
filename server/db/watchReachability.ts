import { Neo4jError, type Driver } from 'neo4j-driver';
import { ServiceUnavailableError } from '../errors.js';
import type { Logger } from '../logger.js';
import { BusyError } from './createLimiter.js';
import type { Executor } from './executor.js';

/** While the server cannot be reached, how often to look whether it is back. */
const RECHECK_MS = 1000;

/** Driver codes that mean no connection could be made (not a slow, busy or refusing server). */
const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

export interface Reachability {
  /** Why the server cannot be reached now, so that queries are refused at once; else null. */
  unavailable: () => string | null;
  /** The same executor, with each failure as unavailable taken as a hint to look. */
  watching(executor: Executor): Executor;
}

/**
 * A Neo4j the app did not start (NEO4J_URI) may go away. The driver finds it again by itself
 * once it is back, but until then every query spends the driver's retries (5 s) before it
 * fails, holding one of the few read slots. So when a query fails as unavailable, the server is
 * asked directly (a connectivity check: no retries); while it cannot be reached, queries are
 * refused at once, as during a restart of the embedded Neo4j, and it is asked again each second
 * until it answers. Nothing is sent while all goes well.
 */
export function watchReachability(driver: Driver, database: string | undefined, uri: string, logger: Logger): Reachability {
  let down: string | null = null;
  let checking = false;
  let closed = false;
  let recheck: NodeJS.Timeout | undefined;

  async function check() {
    if (checking || closed) return;
    checking = true;
    try {
      await driver.verifyConnectivity({ database });
      if (down) logger.info({ uri }, 'Neo4j is reachable again');
      down = null;
    } catch (error) {
      if (error instanceof Neo4jError && UNREACHABLE.has(error.code)) {
        const reason = error.message.split('\n')[0];
        if (!down) logger.warn({ uri, reason }, 'Neo4j is not reachable: queries are refused at once until it is back');
        down = `Neo4j at ${uri} is not reachable (${reason})`;
      }
    } finally {
      checking = false;
    }
    if (down && !closed) recheck = setTimeout(() => void check(), RECHECK_MS).unref();
  }

  const watch = <T>(work: Promise<T>) =>
    work.catch((error: unknown) => {
      // Busy is our own refusal, not the server's; while down, the recheck loop runs already.
      if (error instanceof ServiceUnavailableError && !(error instanceof BusyError) && !down) void check();
      throw error;
    });

  return {
    unavailable: () => down,
    watching: (executor) => ({
      read: (query, options) => watch(executor.read(query, options)),
      writeAll: (queries, options) => watch(executor.writeAll(queries, options)),
      write: (work, options) => watch(executor.write(work, options)),
      ping: () => watch(executor.ping()),
      close() {
        closed = true;
        clearTimeout(recheck);
        return executor.close();
      },
    }),
  };
}

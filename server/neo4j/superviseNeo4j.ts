import type { Logger } from '../logger.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type EmbeddedOptions } from './startEmbeddedNeo4j.js';

/** The embedded Neo4j as the app holds it: it ends only with stop() or kill(), never by itself. */
export interface SupervisedNeo4j extends Omit<EmbeddedNeo4j, 'exited'> {
  /** Null while the JVM runs; otherwise why queries cannot be answered now. */
  unavailable(): string | null;
}

/** Waits between restarts: 1, 2, 4 … 30 s. */
const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 30_000;

/**
 * The embedded Neo4j, kept running: when its JVM exits without being asked to (a crash, an
 * out-of-memory kill, kill -9), the exit is logged with its code, queries are refused at once
 * (`unavailable`) instead of waiting on a dead socket, and the JVM is started again on the same
 * port and data folder, with back-off, until it is back or the app stops.
 */
export async function superviseNeo4j(options: EmbeddedOptions, logger: Logger): Promise<SupervisedNeo4j> {
  let current = await startEmbeddedNeo4j(options);
  let down: string | null = null;
  let stopping = false;
  let wake: (() => void) | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => (clearTimeout(timer), resolve());
    });

  async function restart(port: number) {
    for (let delay = FIRST_DELAY_MS; !stopping; delay = Math.min(delay * 2, MAX_DELAY_MS)) {
      await sleep(delay);
      if (stopping) return;
      try {
        const next = await startEmbeddedNeo4j({ ...options, port, exactPort: true });
        if (stopping) return void (await next.stop()); // the app stopped while it started
        current = next;
        down = null;
        logger.info({ uri: next.uri, pid: next.pid }, 'embedded Neo4j is back');
        watch(next);
        return;
      } catch (error) {
        logger.error({ reason: (error as Error).message.split('\n')[0], retryInMs: Math.min(delay * 2, MAX_DELAY_MS) }, 'embedded Neo4j did not restart');
      }
    }
  }

  function watch(instance: EmbeddedNeo4j) {
    void instance.exited.then(({ code, signal }) => {
      if (stopping || instance !== current) return;
      down = `the embedded Neo4j stopped (${signal ?? `exit code ${code}`}) and is restarting`;
      logger.error({ pid: instance.pid, code, signal, log: instance.logFile }, 'embedded Neo4j exited');
      void restart(instance.port);
    });
  }
  watch(current);

  return {
    get uri() {
      return current.uri;
    },
    get port() {
      return current.port;
    },
    get pid() {
      return current.pid;
    },
    user: current.user,
    password: current.password,
    logFile: current.logFile,
    unavailable: () => down,
    exitCode: () => current.exitCode(),
    stop() {
      stopping = true;
      wake?.();
      return current.stop();
    },
    kill() {
      stopping = true;
      current.kill();
    },
  };
}

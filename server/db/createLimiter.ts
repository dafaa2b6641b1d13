import { ServiceUnavailableError } from '../errors.js';

export interface LimiterOptions {
  /** Database work allowed at once (below the driver's pool size). */
  concurrency: number;
  /** Requests that may wait for a turn; more are refused at once. */
  queue: number;
  /** The longest a request waits for its turn before it is refused. */
  maxWaitMs: number;
  /** Told of every refusal (the caller logs it as a warning). */
  onRefused?: (load: { running: number; waiting: number }) => void;
}

export interface Limiter {
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Running and waiting now (for tests and logs). */
  load(): { running: number; waiting: number };
}

/** How long a read may wait for its turn: a user would rather retry than stare at a spinner. */
export const QUEUE_WAIT_MS = 2000;

/** Refused because the database is busy, not broken: the client should come back in a second. */
export class BusyError extends ServiceUnavailableError {
  constructor() {
    super('too many requests at once; try again in a moment', 1);
  }
}

export const busy = () => new BusyError();

/**
 * Fair sharing of the database: at most `concurrency` queries at once, a short queue, and a
 * quick, retryable SERVICE_UNAVAILABLE beyond it, rather than a pool exhausted for everyone.
 */
export function createLimiter({ concurrency, queue, maxWaitMs, onRefused }: LimiterOptions): Limiter {
  let running = 0;
  const waiting: { start: () => void; timer: NodeJS.Timeout }[] = [];
  const refuse = () => {
    onRefused?.({ running, waiting: waiting.length });
    return busy();
  };

  const next = () => {
    running--;
    const turn = waiting.shift();
    if (turn) {
      clearTimeout(turn.timer);
      turn.start();
    }
  };

  return {
    async run(work) {
      if (running >= concurrency) {
        if (waiting.length >= queue) throw refuse();
        await new Promise<void>((resolve, reject) => {
          const turn = {
            start: resolve,
            timer: setTimeout(() => {
              waiting.splice(waiting.indexOf(turn), 1);
              reject(refuse());
            }, maxWaitMs),
          };
          waiting.push(turn);
        });
      }
      running++;
      try {
        return await work();
      } finally {
        next();
      }
    },
    load: () => ({ running, waiting: waiting.length }),
  };
}

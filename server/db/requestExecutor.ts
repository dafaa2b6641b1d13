import type { Executor } from './executor.js';
import type { Limiter } from './createLimiter.js';

/** One request's door to the database (see requestExecutor). */
export interface RequestExecutor extends Executor {
  /** Called by the cost limit, before any read, for a request near the cost ceiling. */
  markHeavy(): void;
}

/**
 * What keeps heavy requests from crowding out everyone else. The process-wide limiter caps reads
 * at once, but it cannot tell a 3 ms lookup from a 300 ms walk: a few clients looping the
 * heaviest accepted requests, each running its root fields side by side, took every turn and the
 * explorer's users waited out the queue. So a heavy request's reads run one at a time, and only
 * through the heavy lane, a small limiter of its own: heavy traffic holds at most that lane's
 * turns, and the rest stay free for the others. Light requests are untouched.
 */
export function requestExecutor(base: Executor, heavyLane: Limiter): RequestExecutor {
  let heavy = false;
  let previous: Promise<unknown> = Promise.resolve();
  return {
    ...base,
    markHeavy: () => (heavy = true),
    read(query, options) {
      if (!heavy) return base.read(query, options);
      const turn = previous.then(() => heavyLane.run(() => base.read(query, options)));
      // The next read waits for this one to end, however it ends.
      previous = turn.catch(() => undefined);
      return turn;
    },
  };
}

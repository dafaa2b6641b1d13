import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../../server/db/createLimiter.js';
import { ServiceUnavailableError } from '../../../server/errors.js';

/** A piece of work that runs until released. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, work: () => opened.then(() => 'done') };
}

describe('createLimiter', () => {
  it('runs up to `concurrency` at once, queues up to `queue`, and refuses the rest at once, retryably', async () => {
    const refused: unknown[] = [];
    const limiter = createLimiter({ concurrency: 1, queue: 1, maxWaitMs: 10_000, onRefused: (load) => refused.push(load) });
    const first = gate();
    const running = limiter.run(first.work);
    const queued = limiter.run(() => Promise.resolve('queued'));
    expect(limiter.load()).toEqual({ running: 1, waiting: 1 });
    const error = await limiter.run(() => Promise.resolve('never')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect((error as ServiceUnavailableError).extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfter: 1 });
    expect(refused).toEqual([{ running: 1, waiting: 1 }]);
    first.open();
    await expect(running).resolves.toBe('done');
    await expect(queued).resolves.toBe('queued');
    expect(limiter.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses a request that waited its longest, and frees its place in the queue', async () => {
    const limiter = createLimiter({ concurrency: 1, queue: 1, maxWaitMs: 50 });
    const first = gate();
    const running = limiter.run(first.work);
    await expect(limiter.run(() => Promise.resolve('late'))).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(limiter.load()).toEqual({ running: 1, waiting: 0 });
    first.open();
    await running;
  });

  it('gives the turn on when work fails', async () => {
    const limiter = createLimiter({ concurrency: 1, queue: 1, maxWaitMs: 10_000 });
    const failing = limiter.run(() => Promise.reject(new Error('boom')));
    const next = limiter.run(() => Promise.resolve('next'));
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
  });
});

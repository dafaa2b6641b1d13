import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../../server/db/createLimiter.js';
import type { Executor } from '../../../server/db/executor.js';
import { requestExecutor } from '../../../server/db/requestExecutor.js';

// Scheduling only: the reads are timers that record how many run at once (no data involved;
// the fair-sharing test in tests/server/cost runs the same path on the real database).
function timedReads() {
  let running = 0;
  let most = 0;
  const base = {
    read: async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 20));
      running--;
      return [];
    },
  } as unknown as Executor;
  return { base, most: () => most };
}

const query = { cypher: 'RETURN 1', params: {} };

describe('requestExecutor', () => {
  it('leaves a light request’s reads side by side', async () => {
    const { base, most } = timedReads();
    const executor = requestExecutor(base, createLimiter({ concurrency: 2, queue: 8, maxWaitMs: 1000 }));
    await Promise.all([executor.read(query), executor.read(query), executor.read(query)]);
    expect(most()).toBe(3);
  });

  it('runs a heavy request’s reads one at a time, and heavy requests together only as far as the lane allows', async () => {
    const { base, most } = timedReads();
    const lane = createLimiter({ concurrency: 2, queue: 8, maxWaitMs: 1000 });
    const requests = [1, 2, 3].map(() => requestExecutor(base, lane));
    for (const r of requests) r.markHeavy();
    await Promise.all(requests.flatMap((r) => [r.read(query), r.read(query)]));
    expect(most()).toBe(2);
    const { base: base2, most: most2 } = timedReads();
    const one = requestExecutor(base2, createLimiter({ concurrency: 5, queue: 8, maxWaitMs: 1000 }));
    one.markHeavy();
    await Promise.all([one.read(query), one.read(query), one.read(query)]);
    expect(most2()).toBe(1);
  });

  it('goes on with the next read after one fails', async () => {
    let calls = 0;
    const base = { read: () => (++calls === 1 ? Promise.reject(new Error('boom')) : Promise.resolve([])) } as unknown as Executor;
    const executor = requestExecutor(base, createLimiter({ concurrency: 1, queue: 0, maxWaitMs: 1000 }));
    executor.markHeavy();
    const [first, second] = await Promise.allSettled([executor.read(query), executor.read(query)]);
    expect(first.status).toBe('rejected');
    expect(second.status).toBe('fulfilled');
  });
});

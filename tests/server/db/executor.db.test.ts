import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExecutor, type Executor } from '../../../server/db/executor.js';
import { ServiceUnavailableError } from '../../../server/errors.js';
import { silentLogger, testDriver, testExecutor } from '../../helpers/testExecutor.js';

describe('executor', () => {
  let executor: Executor;
  beforeAll(() => {
    executor = testExecutor();
  });
  afterAll(() => executor.close());

  it('reads in READ access mode: a write through read() is refused', async () => {
    await expect(executor.read({ cypher: 'CREATE (:ShouldNotExist) RETURN 1', params: {} })).rejects.toThrow(/read/i);
    const [record] = await executor.read({ cypher: 'MATCH (n:ShouldNotExist) RETURN count(n) AS n', params: {} });
    expect(record!.get('n')).toBe(0);
  });

  it('stops a query that outlives the transaction timeout and reports SERVICE_UNAVAILABLE', async () => {
    const driver = testDriver(undefined, 5000);
    const slow = createExecutor({ driver, txTimeoutMs: 300, logger: silentLogger });
    try {
      const started = Date.now();
      const error = await slow.read({ cypher: 'UNWIND range(1, 400000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n', params: {} }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServiceUnavailableError);
      expect((error as Error).message).toMatch(/took too long/);
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      await slow.close();
    }
  });
});

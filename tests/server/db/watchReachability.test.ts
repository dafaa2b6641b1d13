import { Neo4jError, type Driver } from 'neo4j-driver';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { busy } from '../../../server/db/createLimiter.js';
import type { Executor } from '../../../server/db/executor.js';
import { watchReachability } from '../../../server/db/watchReachability.js';
import { ServiceUnavailableError } from '../../../server/errors.js';
import { silentLogger } from '../../helpers/testExecutor.js';

const URI = 'bolt://db.example:7687';
const refused = () => new Neo4jError('Failed to connect to server. Caused by: connect ECONNREFUSED', 'ServiceUnavailable', '08000', 'connection refused');

/** A server that is there or not, as `verifyConnectivity` finds it; and a failing executor. */
function setUp() {
  const server = { there: true, checks: 0 };
  const driver = {
    verifyConnectivity: vi.fn(() => {
      server.checks++;
      return server.there ? Promise.resolve({}) : Promise.reject(refused());
    }),
  } as unknown as Driver;
  let failure: Error = new ServiceUnavailableError('connection refused');
  const executor: Executor = {
    read: () => Promise.reject(failure),
    writeAll: () => Promise.reject(failure),
    write: () => Promise.reject(failure),
    ping: () => Promise.reject(failure),
    close: () => Promise.resolve(),
  };
  const reachability = watchReachability(driver, undefined, URI, silentLogger);
  const watched = reachability.watching(executor);
  return { server, reachability, watched, failWith: (error: Error) => (failure = error) };
}

afterEach(() => vi.useRealTimers());

describe('a Neo4j of NEO4J_URI that goes away', () => {
  it('costs nothing while all goes well', () => {
    const { server, reachability } = setUp();
    expect(reachability.unavailable()).toBeNull();
    expect(server.checks).toBe(0);
  });

  it('is asked directly after a query fails as unavailable, and refused at once while it cannot be reached', async () => {
    const { server, reachability, watched } = setUp();
    server.there = false;
    await expect(watched.read({ cypher: 'RETURN 1', params: {} })).rejects.toThrow(ServiceUnavailableError);
    await vi.waitFor(() => expect(reachability.unavailable()).toContain(`Neo4j at ${URI} is not reachable (Failed to connect to server.`));
    expect(server.checks).toBe(1);
  });

  it('is asked again each second while down, and let through once it answers', async () => {
    vi.useFakeTimers();
    const { server, reachability, watched } = setUp();
    server.there = false;
    await expect(watched.ping()).rejects.toThrow();
    await vi.advanceTimersByTimeAsync(0);
    expect(reachability.unavailable()).not.toBeNull();
    // Refusals while down add no checks of their own: one a second, whatever the traffic.
    await Promise.allSettled(Array.from({ length: 20 }, () => watched.read({ cypher: 'RETURN 1', params: {} })));
    await vi.advanceTimersByTimeAsync(2500);
    expect(server.checks).toBe(3);
    server.there = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(reachability.unavailable()).toBeNull();
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.checks).toBe(4);
  });

  it('is not suspected for failures that are not about reaching it (busy, a bad query)', async () => {
    const { server, watched, failWith } = setUp();
    failWith(busy());
    await expect(watched.read({ cypher: 'RETURN 1', params: {} })).rejects.toThrow();
    failWith(new Error('Unable to read property value'));
    await expect(watched.writeAll([])).rejects.toThrow();
    expect(server.checks).toBe(0);
  });

  it('stops asking once closed', async () => {
    vi.useFakeTimers();
    const { server, watched } = setUp();
    server.there = false;
    await expect(watched.ping()).rejects.toThrow();
    await vi.advanceTimersByTimeAsync(0);
    await watched.close();
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.checks).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { failedHealth } from '../../../server/db/checkHealth.js';
import { busy } from '../../../server/db/createLimiter.js';
import { ServiceUnavailableError } from '../../../server/errors.js';

describe('failedHealth', () => {
  it('calls an unreachable database down, with the reason', () => {
    expect(failedHealth(new ServiceUnavailableError('connection refused'))).toEqual({
      status: 'down',
      reason: 'The graph database is unavailable: connection refused',
    });
  });

  it('calls a database that answers others but had no turn for this read degraded, not down', () => {
    expect(failedHealth(busy())).toMatchObject({ status: 'degraded', reason: expect.stringMatching(/too many requests at once/) as string });
  });

  it('calls a read that fails inside a reachable database degraded, first line only', () => {
    expect(failedHealth(new Error('Could not read record 42\n\tat org.neo4j…'))).toEqual({ status: 'degraded', reason: 'Could not read record 42' });
  });
});

import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { retried } from '../../../server/db/retried.js';

// Errors as the driver makes them from Neo4j's failure codes: which are retryable is its call.
const transient = () => new Neo4jError('the database is restarting', 'Neo.TransientError.General.DatabaseUnavailable', 'N/A', 'N/A');
const syntax = () => new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', 'N/A', 'N/A');

function failing(errors: Error[]) {
  let calls = 0;
  return {
    attempt: () => {
      const error = errors[calls++];
      return error ? Promise.reject(error) : Promise.resolve('answer');
    },
    calls: () => calls,
  };
}

describe('retried', () => {
  it('runs a read again after a retryable failure and returns its answer', async () => {
    const read = failing([transient(), transient()]);
    await expect(retried(read.attempt, 3)).resolves.toBe('answer');
    expect(read.calls()).toBe(3);
  });

  it('gives up after the given number of attempts with the last error', async () => {
    const read = failing([transient(), transient(), transient(), transient()]);
    await expect(retried(read.attempt, 3)).rejects.toThrow(/restarting/);
    expect(read.calls()).toBe(3);
  });

  it('does not run again after a failure that would fail again (a bad query)', async () => {
    const read = failing([syntax()]);
    await expect(retried(read.attempt, 3)).rejects.toThrow(/Invalid input/);
    expect(read.calls()).toBe(1);
  });
});

import { isRetryableError } from 'neo4j-driver';

/**
 * Runs `attempt` until it succeeds, fails with an error the driver does not call retryable, or
 * has failed `attempts` times; the last error is thrown. For reads outside transaction
 * functions, which change nothing and so may simply run again (the driver's own functions retry
 * for up to 30 s, longer than a reader waits).
 */
export async function retried<T>(attempt: () => Promise<T>, attempts: number): Promise<T> {
  for (let tried = 1; ; tried++) {
    try {
      return await attempt();
    } catch (error) {
      if (tried >= attempts || !isRetryableError(error)) throw error;
    }
  }
}

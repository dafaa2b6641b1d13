import { createApp, type App } from '../../server/app.js';
import { createLimiter } from '../../server/db/createLimiter.js';
import { createExecutor } from '../../server/db/executor.js';
import { silentLogger, testDriver } from './testExecutor.js';

/**
 * The app on the run's Neo4j with no turn for anyone: every read is refused by the limiter,
 * deterministically, as when the database is busy. `close` stops the app and its driver.
 */
export async function startBusyApp(): Promise<App & { close(): Promise<void> }> {
  const limiter = createLimiter({ concurrency: 0, queue: 0, maxWaitMs: 0 });
  const executor = createExecutor({ driver: testDriver(), txTimeoutMs: 5000, logger: silentLogger, limiter });
  const app = await createApp({ executor, logger: silentLogger, exposeErrors: false });
  return {
    ...app,
    async close() {
      await app.stop();
      await executor.close();
    },
  };
}

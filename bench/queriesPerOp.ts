import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { createApp } from '../server/app.js';
import { createExecutor } from '../server/db/executor.js';
import type { Logger } from '../server/logger.js';
import type { ApiOp } from './apiOps.js';
import { graphqlClient } from './graphqlClient.js';
import { prng } from './syntheticGraph.js';

/**
 * Database round trips per root field, counted by the executor's onQuery hook in an app of its
 * own (the timed one runs in another process): each operation a few times, the worst kept.
 * Every timed request has one root field, so 1 means no N+1 anywhere.
 */
export async function queriesPerOp(driver: Driver, logger: Logger, ops: ApiOp[], tries = 5): Promise<{ worst: number; byOp: Record<string, number> }> {
  let queries = 0;
  const executor = createExecutor({ driver, txTimeoutMs: 60_000, logger, onQuery: () => queries++ });
  const app = await createApp({ executor, logger, exposeErrors: false });
  const server = app.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const gql = graphqlClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
    const random = prng(99);
    const byOp: Record<string, number> = {};
    for (const op of ops) {
      queries = 0;
      for (let i = 0; i < tries; i++) {
        const { query, variables } = op.graphql(op.input(random));
        await gql(query, variables);
      }
      byOp[op.name] = queries / tries;
    }
    return { worst: Math.max(...Object.values(byOp)), byOp };
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await app.stop();
  }
}

import getPort from 'get-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { startServer, type RunningServer } from '../../server/start.js';
import { graphqlPost } from '../helpers/graphqlPost.js';
import { silentLogger } from '../helpers/testExecutor.js';

// NEO4J_URI pointing at a port where nothing listens: the server must come up, say why it is
// unhealthy, and answer queries with SERVICE_UNAVAILABLE instead of crashing.
describe('server with NEO4J_URI at a closed port', () => {
  let server: RunningServer;

  beforeAll(async () => {
    const closedPort = await getPort({ host: '127.0.0.1' });
    const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${closedPort}`, PORT: '0', NEO4J_TX_TIMEOUT_MS: '2000' });
    server = await startServer(config, silentLogger, { buildClient: false });
  });

  afterAll(() => server.close());

  it('reports 503 on /health with a reason', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { status: string; neo4j: { reason: string; mode: string } };
    expect(body.status).toBe('unavailable');
    expect(body.neo4j.mode).toBe('external');
    expect(body.neo4j.reason).toMatch(/unavailable|connect|ECONNREFUSED/i);
  });

  it('answers a query with SERVICE_UNAVAILABLE and keeps serving', async () => {
    const first = await graphqlPost(server.url, '{ stats { kinds { key count } } }');
    expect(first.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(first.body.errors?.[0]?.message).toMatch(/graph database is unavailable/);
    expect(first.body.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
    const again = await fetch(`${server.url}/health`);
    expect(again.status).toBe(503);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../server/app.js';
import type { Executor } from '../../../server/db/executor.js';
import { loadSeeds } from '../../../server/load/loadSeeds.js';
import { withListening } from '../../helpers/graphqlPost.js';
import { silentLogger, testExecutor } from '../../helpers/testExecutor.js';

// A ping is not health: Neo4j may answer and still be unable to serve a search.
describe('/health runs a real read', () => {
  let executor: Executor;
  let app: App;
  beforeAll(async () => {
    executor = testExecutor();
    app = await createApp({ executor, logger: silentLogger, exposeErrors: false, healthInfo: { mode: 'embedded' } });
  });
  afterAll(async () => {
    await loadSeeds(executor); // the index back, for the files that follow
    await app.stop();
    await executor.close();
  });

  it('says up, with what it read, while the graph can be read', async () => {
    await withListening(app.app, async (url) => {
      const response = await fetch(`${url}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok', neo4j: { status: 'up', mode: 'embedded', entities: expect.any(Number) } });
    });
  });

  it('says degraded, with the reason, when a full-text index is gone; a load repairs it', async () => {
    await executor.writeAll([{ cypher: 'DROP INDEX entity_text_zh', params: {} }]);
    await withListening(app.app, async (url) => {
      const response = await fetch(`${url}/health`);
      expect(response.status).toBe(503);
      const body = (await response.json()) as { status: string; neo4j: { status: string; reason: string } };
      expect(body).toMatchObject({ status: 'unavailable', neo4j: { status: 'degraded' } });
      expect(body.neo4j.reason).toContain('entity_text_zh');
      await loadSeeds(executor);
      expect((await fetch(`${url}/health`)).status).toBe(200);
    });
  });
});

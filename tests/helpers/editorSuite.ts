import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Executor } from '../../server/db/executor.js';
import { startTestApi, type TestApi } from './testApi.js';
import { testExecutor } from './testExecutor.js';

export interface EditorSuite {
  /** The app on the run's Neo4j, writing with `token`. */
  readonly api: TestApi;
  /** Straight to the database, to see what a write left behind. */
  readonly executor: Executor;
}

/**
 * The setup of a file that writes walkthroughs through the API, registered as the describe
 * block's hooks: after each test every user walkthrough is deleted again, so the shared graph is
 * left as the other files expect it (the seeds, and no user walkthrough).
 */
export function editorSuite(token: string): EditorSuite {
  let api: TestApi | undefined;
  let executor: Executor | undefined;
  beforeAll(async () => {
    api = await startTestApi({ editorToken: token });
    executor = testExecutor();
  });
  afterEach(async () => {
    await executor?.writeAll([{ cypher: "MATCH (w:Walkthrough {origin: 'USER'}) DETACH DELETE w", params: {} }]);
  });
  afterAll(async () => {
    await api?.close();
    await executor?.close();
  });
  return {
    get api() {
      if (!api) throw new Error('editorSuite: the app is not started yet (use it inside a test)');
      return api;
    },
    get executor() {
      if (!executor) throw new Error('editorSuite: the executor is not open yet (use it inside a test)');
      return executor;
    },
  };
}

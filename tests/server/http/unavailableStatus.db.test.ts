import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBusyApp } from '../../helpers/busyApp.js';
import { withListening } from '../../helpers/graphqlPost.js';

// Fair sharing as a client sees it: a request refused because the database is busy is a 503
// with Retry-After and SERVICE_UNAVAILABLE, never a 200 with a generic error or a long hang.
describe('a busy database answers 503 with Retry-After', () => {
  let app: Awaited<ReturnType<typeof startBusyApp>>;
  beforeAll(async () => (app = await startBusyApp()));
  afterAll(() => app.close());

  it('says so with the code, the status and when to come back', async () => {
    await withListening(app.app, async (url) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ search(text: "Sihekou") { score } }' }),
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
      expect(body.errors[0]!.message).toContain('too many requests at once');
    });
  });
});

import { describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app.js';
import { editorPost } from '../../helpers/editorPost.js';
import { editorSuite } from '../../helpers/editorSuite.js';
import { withListening } from '../../helpers/graphqlPost.js';
import { startTestApi } from '../../helpers/testApi.js';
import { silentLogger } from '../../helpers/testExecutor.js';

// Who may write: only a request with the editor token, over POST. Each refusal is checked to
// have written nothing; the one accepted write is deleted again (the graph is shared).

const TOKEN = 'the-right-editor-token-42';
const SAVE = 'mutation { saveWalkthrough(input: { title: "Sneaky", steps: [{ title: "S", narration: "N", focus: ["bureau:construction"] }] }) { id } }';
const DELETE_SEED = 'mutation { deleteWalkthrough(id: "walkthrough:pledges-at-a-glance") }';

const suite = editorSuite(TOKEN);
const walkthroughCount = async () => (await suite.executor.read({ cypher: 'MATCH (w:Walkthrough) RETURN count(w) AS n', params: {} }))[0]!.get('n') as number;

describe('writes need the editor token', () => {
  it.each([
    ['no Authorization header', undefined],
    ['a wrong token', 'Bearer the-wrong-editor-token-4'],
    ['the token without "Bearer"', TOKEN],
    ['the token as Basic credentials', `Basic ${TOKEN}`],
    ['a token that only starts like it', `Bearer ${TOKEN}x`],
  ])('refuses a mutation with %s: 401 UNAUTHENTICATED, nothing written', async (_what, authorization) => {
    const before = await walkthroughCount();
    for (const query of [SAVE, DELETE_SEED]) {
      const answer = await editorPost(suite.api.url, authorization, query);
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toBe('Bearer');
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors).toEqual([
        {
          message: 'Writes need the editor token: send Authorization: Bearer <token>; npm start prints an editor link',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ]);
    }
    expect(await walkthroughCount()).toBe(before);
  });

  it('refuses a mutation that hides behind a query in the same document', async () => {
    const before = await walkthroughCount();
    const answer = await fetch(`${suite.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `query Q { stats { kinds { key } } } ${SAVE.replace('mutation', 'mutation M')}`, operationName: 'M' }),
    });
    expect(answer.status).toBe(401);
    expect(await walkthroughCount()).toBe(before);
  });

  it('refuses a mutation sent with GET, token or not', async () => {
    const before = await walkthroughCount();
    const get = (headers: Record<string, string>) =>
      fetch(`${suite.api.url}/graphql?query=${encodeURIComponent(SAVE)}`, { headers: { authorization: `Bearer ${TOKEN}`, ...headers } });
    // A simple cross-site GET: Apollo's CSRF prevention blocks it before anything else.
    const simple = await get({});
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/Cross-Site Request Forgery/);
    // A GET a page could only send after a preflight: mutations are POST only.
    const preflighted = await get({ 'apollo-require-preflight': 'true' });
    expect(preflighted.status).toBe(405);
    expect(await walkthroughCount()).toBe(before);
  });

  it('takes the right token (the scheme in any case), and leaves reading open', async () => {
    const read = await editorPost(suite.api.url, undefined, '{ walkthroughs { id } }');
    expect(read.body.errors).toBeUndefined();
    const before = await walkthroughCount();
    const saved = await editorPost(suite.api.url, `bearer ${TOKEN}`, SAVE);
    expect(saved.status).toBe(200);
    expect(saved.body.data).toEqual({ saveWalkthrough: { id: 'walkthrough:sneaky' } });
    expect(await walkthroughCount()).toBe(before + 1);
  });

  it('prices mutations in the cost limit: aliased saves over it are refused before any runs', async () => {
    // graphql-armor allows 15 aliases; a low ceiling shows the price (50 a save) without them.
    const { app, stop } = await createApp({ executor: suite.executor, logger: silentLogger, exposeErrors: false, maxQueryCost: 120, editorToken: TOKEN });
    try {
      const before = await walkthroughCount();
      const aliases = [1, 2, 3].map((i) => `s${i}: ${SAVE.slice('mutation { '.length, -2)}`).join(' ');
      const answer = await withListening(app, (url) => editorPost(url, `Bearer ${TOKEN}`, `mutation { ${aliases} }`));
      expect(answer.status).toBe(400);
      expect(answer.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', cost: 150, maxCost: 120 });
      expect(await walkthroughCount()).toBe(before);
    } finally {
      await stop();
    }
  });
});

describe('an app without an editor token', () => {
  it('refuses every mutation, whatever is sent', async () => {
    const closed = await startTestApi();
    try {
      const answer = await editorPost(closed.url, `Bearer ${TOKEN}`, SAVE);
      expect(answer.status).toBe(401);
    } finally {
      await closed.close();
    }
  });
});

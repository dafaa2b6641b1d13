import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIND_ORDER } from '../../../schema/vocabulary/kinds.js';
import { expectAnswered, expectRefused, expectWellFormed, graphFacts, postRaw, type GraphFacts } from '../../helpers/answerChecks.js';
import { charCount, hasLoneSurrogate, hostileText } from '../../helpers/hostileText.js';
import { startTestApi, type TestApi } from '../../helpers/testApi.js';

// Property runs draw a fresh seed each time; a failure prints the seed and path to replay it
// (fc.assert(..., { seed, path })) together with the smallest input found.

/** resolvers/search.ts refuses longer text (in code points) rather than search it. */
const TEXT_MAX = 200;
const DEFAULT_LIMIT = 20;
const RUNS = { numRuns: 150 };
/** Bounded by RUNS; the margin is for a busy machine, not for the work. */
const TIMEOUT_MS = 120_000;

const SEARCH = `query($text: String!, $kinds: [EntityKind!], $limit: Int) {
  search(text: $text, kinds: $kinds, limit: $limit) { score entity { __typename id kind name } } }`;

interface Hit {
  score: number;
  entity: { __typename: string; id: string; kind: string; name: string };
}

let api: TestApi;
let before: GraphFacts;
beforeAll(async () => {
  api = await startTestApi();
  before = await graphFacts(api);
  // Plans are compiled on first use; a cold plan on a busy machine must not pass for a slow answer.
  await postRaw(api.url, SEARCH, { text: '复兴之路 Sihekou' });
});
afterAll(() => api.close());

const kindsArb = fc.option(fc.subarray([...KIND_ORDER]), { nil: undefined });
const limitArb = fc.option(fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 100 }) }, fc.constantFrom(0, -1, 101, 2 ** 31 - 1, -(2 ** 31))), {
  nil: undefined,
});

/** Which argument the API must refuse, in the order it checks them; null when it must answer. */
function refusedArgument(text: string, limit = DEFAULT_LIMIT): string | null {
  if (text.trim() === '' || hasLoneSurrogate(text) || charCount(text) > TEXT_MAX) return 'text';
  if (limit < 1 || limit > 100) return 'limit';
  return null;
}

describe('search, whatever the text', () => {
  it(
    'answers a ranked list of real entities, or refuses the argument at fault; never a server error',
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileText([TEXT_MAX - 1, TEXT_MAX, TEXT_MAX + 1, 1000]), kindsArb, limitArb, async (text, kinds, limit) => {
          const answer = await postRaw<{ search: Hit[] }>(api.url, SEARCH, { text, kinds, limit });
          expectWellFormed(answer, ['text', 'kinds', 'limit']);
          const refused = refusedArgument(text, limit);
          if (refused) {
            expectRefused(answer, refused);
            return;
          }

          const hits = expectAnswered(answer).search;
          expect(hits.length).toBeLessThanOrEqual(limit ?? DEFAULT_LIMIT);
          expect(new Set(hits.map((hit) => hit.entity.id)).size).toBe(hits.length);
          for (const { entity, score } of hits) {
            // A hit is an entity of the graph as it is, of a kind asked for.
            expect(before.entities.get(entity.id)).toEqual({ kind: entity.kind, name: entity.name });
            expect(entity.__typename.toUpperCase()).toBe(entity.kind);
            if (kinds?.length) expect(kinds).toContain(entity.kind);
            expect(Number.isFinite(score) && score > 0).toBe(true);
          }
          const scores = hits.map((hit) => hit.score);
          expect([...scores].sort((a, b) => b - a)).toEqual(scores);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it('leaves the graph as it found it: the same nodes per kind and relationships per type', async () => {
    expect((await graphFacts(api)).stats).toEqual(before.stats);
  });
});

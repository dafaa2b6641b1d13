import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAnswered, expectNotFound, expectRefused, expectWellFormed, graphFacts, postRaw, type GraphFacts } from '../../helpers/answerChecks.js';
import { hasLoneSurrogate, hostileId } from '../../helpers/hostileText.js';
import { startTestApi, type TestApi } from '../../helpers/testApi.js';

// Every argument that takes an id, given real ids, spoiled ids and hostile text. Property runs
// draw a fresh seed each time; a failure prints the seed and path to replay it
// (fc.assert(..., { seed, path })) together with the smallest input found.

const RUNS = { numRuns: 100 };
/** Bounded by RUNS; the margin is for a busy machine, not for the work. */
const TIMEOUT_MS = 120_000;

const PATHS = 'query($from: ID!, $to: ID!) { paths(from: $from, to: $to) { nodes { id } edges { source target } } }';
const DEFAULT_MAX_HOPS = 6;
const NEIGHBORHOOD = 'query($ids: [ID!]!) { neighborhood(ids: $ids) { nodes { id } edges { source target } } }';
const MAX_IDS = 200;

let api: TestApi;
let before: GraphFacts;
let realIds: string[];
const idsOfKind = (kind: string) => realIds.filter((id) => before.entities.get(id)!.kind === kind);
/** Blank, or holding half of a surrogate pair: refused before anything is looked up. */
const isRefused = (id: string) => id.trim() === '' || hasLoneSurrogate(id);

interface OneIdField {
  field: string;
  argument: string;
  query: string;
  /** The ids it answers for; any other is null (`unknown: 'null'`) or NOT_FOUND. */
  known: () => string[];
  unknown: 'null' | 'NOT_FOUND';
  /** The id may be null or left out: then the field answers for everything. */
  optional: boolean;
  /** What the answer for a known id (or for none, when optional) must hold. */
  check: (data: any, id: string | null) => void;
}

const ONE_ID_FIELDS: OneIdField[] = [
  {
    field: 'entity',
    argument: 'id',
    query: 'query($id: ID!) { entity(id: $id) { id kind } }',
    known: () => realIds,
    unknown: 'null',
    optional: false,
    check: ({ entity }, id) => expect(entity).toEqual({ id, kind: before.entities.get(id!)!.kind }),
  },
  {
    field: 'document',
    argument: 'id',
    query: 'query($id: ID!) { document(id: $id) { id title } }',
    known: () => idsOfKind('DOCUMENT'),
    unknown: 'null',
    optional: false,
    check: ({ document }, id) => expect(document.id).toBe(id),
  },
  {
    field: 'citations',
    argument: 'documentId',
    query: 'query($id: ID!) { citations(documentId: $id) { span { documentId } entityId edgeId } }',
    known: () => idsOfKind('DOCUMENT'),
    unknown: 'NOT_FOUND',
    optional: false,
    check: ({ citations }, id) => {
      expect(citations.length).toBeGreaterThan(0);
      for (const citation of citations) expect(citation.span.documentId).toBe(id);
    },
  },
  {
    field: 'pledges',
    argument: 'bureauId',
    query: 'query($id: ID) { pledges(bureauId: $id) { id bureauId } }',
    known: () => idsOfKind('BUREAU'),
    unknown: 'NOT_FOUND',
    optional: true,
    check: ({ pledges }, id) => {
      expect(pledges.length).toBeGreaterThan(0);
      for (const pledge of pledges) {
        expect(before.entities.get(pledge.id)?.kind).toBe('PLEDGE');
        if (id) expect(pledge.bureauId).toBe(id);
      }
    },
  },
  {
    field: 'investmentTargets',
    argument: 'bureauId',
    query: 'query($id: ID) { investmentTargets(bureauId: $id) { enterprise { id } bureaus { id } } }',
    known: () => idsOfKind('BUREAU'),
    unknown: 'NOT_FOUND',
    optional: true,
    check: ({ investmentTargets }, id) => {
      for (const target of investmentTargets) {
        expect(before.entities.has(target.enterprise.id)).toBe(true);
        if (id) expect(target.bureaus.map((bureau: { id: string }) => bureau.id)).toContain(id);
      }
    },
  },
];

beforeAll(async () => {
  api = await startTestApi();
  before = await graphFacts(api);
  realIds = [...before.entities.keys()];
  // Plans are compiled on first use; a cold plan on a busy machine must not pass for a slow answer.
  const [a, b] = idsOfKind('BUREAU');
  await postRaw(api.url, PATHS, { from: a, to: b });
  await postRaw(api.url, NEIGHBORHOOD, { ids: [a] });
  for (const { query } of ONE_ID_FIELDS) await postRaw(api.url, query, { id: a });
});
afterAll(() => api.close());

describe.each(ONE_ID_FIELDS)('$field($argument), whatever the id', ({ argument, query, known, unknown, optional, check, field }) => {
  it(
    'answers for a known id, refuses a blank or ill-formed one, says an unknown one names nothing; never a server error',
    async () => {
      const knownIds = new Set(known());
      const ids = hostileId(realIds, [...knownIds]);
      const idArb = optional ? fc.oneof({ weight: 8, arbitrary: ids }, fc.constantFrom(null, undefined)) : ids;
      await fc.assert(
        fc.asyncProperty(idArb, async (id) => {
          const answer = await postRaw(api.url, query, { id });
          expectWellFormed(answer, [argument]);
          if (id === null || id === undefined) check(expectAnswered(answer), null);
          else if (isRefused(id)) expectRefused(answer, argument);
          else if (knownIds.has(id)) check(expectAnswered(answer), id);
          else if (unknown === 'null') expect(expectAnswered(answer)).toEqual({ [field]: null });
          else expectNotFound(answer, id);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});

interface Subgraph {
  nodes: { id: string }[];
  edges: { source: string; target: string }[];
}

/** All shortest paths: one length at most maxHops, each from `from` to `to`, an edge between each two nodes; itself alone for from = to. */
function expectShortestPaths(paths: Subgraph[], from: string, to: string) {
  if (from === to) {
    expect(paths).toEqual([{ nodes: [{ id: from }], edges: [] }]);
    return;
  }
  expect(new Set(paths.map((path) => path.edges.length)).size).toBeLessThanOrEqual(1);
  for (const { nodes, edges } of paths) {
    expect([nodes[0]!.id, nodes.at(-1)!.id]).toEqual([from, to]);
    expect(edges).toHaveLength(nodes.length - 1);
    expect(edges.length).toBeLessThanOrEqual(DEFAULT_MAX_HOPS);
  }
}

/** The given ids are always of the answer, and every edge joins two of its nodes. */
function expectAround({ nodes, edges }: Subgraph, ids: string[]) {
  const found = new Set(nodes.map((node) => node.id));
  for (const id of ids) expect(found).toContain(id);
  for (const { source, target } of edges) expect([found.has(source), found.has(target)]).toEqual([true, true]);
}

describe('paths(from, to), whatever the ids', () => {
  it(
    'answers shortest paths between known ids, refuses a blank or ill-formed one, names the unknown one; never a server error',
    async () => {
      const real = () => fc.constantFrom(...realIds);
      const pairs = fc.oneof(
        { weight: 2, arbitrary: fc.tuple(hostileId(realIds), hostileId(realIds)) },
        { weight: 1, arbitrary: fc.tuple(real(), real()) },
        { weight: 1, arbitrary: real().map((id) => [id, id] as [string, string]) },
      );
      await fc.assert(
        fc.asyncProperty(pairs, async ([from, to]) => {
          const answer = await postRaw(api.url, PATHS, { from, to });
          expectWellFormed(answer, ['from', 'to', 'maxHops']);
          const refused = isRefused(from) ? 'from' : isRefused(to) ? 'to' : null;
          const unknown = [from, to].find((id) => !before.entities.has(id));
          if (refused) expectRefused(answer, refused);
          else if (unknown !== undefined) expectNotFound(answer, unknown);
          else expectShortestPaths(expectAnswered<{ paths: Subgraph[] }>(answer).paths, from, to);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});

describe('neighborhood(ids), whatever the ids', () => {
  it(
    'answers around known ids, refuses an empty or too long list or a blank or ill-formed id, names every unknown id; never a server error',
    async () => {
      const lists = fc.oneof(
        { weight: 6, arbitrary: fc.array(hostileId(realIds), { maxLength: 6 }) },
        { weight: 3, arbitrary: fc.array(fc.constantFrom(...realIds), { minLength: 1, maxLength: 4 }) },
        { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...realIds), fc.constantFrom(MAX_IDS, MAX_IDS + 1)).map(([id, n]) => Array<string>(n).fill(id)) },
      );
      await fc.assert(
        fc.asyncProperty(lists, async (ids) => {
          const answer = await postRaw(api.url, NEIGHBORHOOD, { ids });
          expectWellFormed(answer, ['ids', 'depth', 'kinds', 'limit']);
          const unknown = [...new Set(ids)].filter((id) => !before.entities.has(id));
          if (ids.length === 0 || ids.length > MAX_IDS || ids.some(isRefused)) expectRefused(answer, 'ids');
          else if (unknown.length > 0) expectNotFound(answer, unknown[0]!, unknown);
          else expectAround(expectAnswered<{ neighborhood: Subgraph }>(answer).neighborhood, ids);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});

describe('half of a surrogate pair in an id', () => {
  it('is refused, not looked up as U+FFFD and named back as missing under a name never sent', async () => {
    const answer = await postRaw(api.url, NEIGHBORHOOD, { ids: ['\ud800', idsOfKind('DOCUMENT')[0]] });
    expectRefused(answer, 'ids');
    expect(answer.body.errors![0]!.message).toBe('Argument "ids" must be well-formed Unicode (half of a surrogate pair found)');
  });
});

describe('after every id above', () => {
  it('leaves the graph as it found it: the same nodes per kind and relationships per type', async () => {
    expect((await graphFacts(api)).stats).toEqual(before.stats);
  });
});

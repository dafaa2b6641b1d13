import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentsQuery } from '../../../server/cypher/documents.js';
import { neighborhoodQuery } from '../../../server/cypher/neighborhood.js';
import { searchQuery } from '../../../server/cypher/search.js';
import type { Executor } from '../../../server/db/executor.js';
import { checkSeeds, loadSeeds, SEEDS_DIR, writeSeedGraph } from '../../../server/load/loadSeeds.js';
import { seedFiles } from '../../../client/src/ingest/seedFiles.js';
import type { IngestInput } from '../../../client/src/generated/graphql.js';
import { removeIngested } from '../../helpers/removeIngested.js';
import { seedFixture } from '../../helpers/seedFixture.js';
import { startTestApi, type TestApi } from '../../helpers/testApi.js';
import { testExecutor } from '../../helpers/testExecutor.js';

// A mid-year progress report written for this test (in the genre, not copied from anywhere),
// stored through the API: what it adds is found by every read, kept by every load of the seeds,
// and bad drafts write nothing. Everything it wrote is removed at the end.

const TOKEN = 'ingest-test-token';
const TEXT = [
  '太白湖新区上半年重点工作进展',
  '住建局：3处公共停车场中已有2处建成投用，第三处正在加紧施工。年内将新增智慧停车泊位500个以上。',
  '济宁新港物流有限公司签约落户泗河口港。',
  '',
].join('\n');
const span = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length, quote });
const DRAFT = {
  document: { title: '太白湖新区上半年重点工作进展', date: '2023-07-15', source: 'https://example.org/midyear', text: TEXT },
  mentions: [{ entityId: 'bureau:construction', spans: [span('住建局')] }],
  entities: [{ ref: 'c1', kind: 'ENTERPRISE', name: '济宁新港物流有限公司', nameEn: 'Jining Xingang Logistics', spans: [span('济宁新港物流有限公司')] }],
  pledges: [
    {
      ref: 'p1',
      bureau: 'bureau:construction',
      text: '年内将新增智慧停车泊位500个以上',
      target: 500,
      unit: '个',
      comparator: '≥',
      spans: [span('年内将新增智慧停车泊位500个以上')],
    },
  ],
  relationships: [{ type: 'SETTLES_IN', from: 'c1', to: 'place:sihekou-port', spans: [span('济宁新港物流有限公司签约落户泗河口港')] }],
  statusChanges: [{ pledge: 'pledge:build-public-car-parks', status: 'in_the_works', value: 2, unit: '处', spans: [span('3处公共停车场中已有2处建成投用')] }],
};
const INGEST = `mutation($input: IngestInput!) { ingestDocument(input: $input) {
  existed created { ref id } mentioned relationships statusChanges
  document { id title date source language sha256 origin text } } }`;
const HISTORY = `query($bureauId: ID, $asOf: String) { pledges(bureauId: $bureauId, asOf: $asOf) { id status
  statusHistory { status date share derived value unit sources { documentId quote documentDate } } } }`;

let api: TestApi;
let executor: Executor;
/** POSTs the mutation; a busy machine may take long to answer a big draft. */
async function ingest(input: unknown, token: string | null = TOKEN) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: INGEST, variables: { input } }),
    signal: AbortSignal.timeout(60_000),
  });
  return { status: response.status, body: (await response.json()) as { data: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}
const documentCount = async () => Number((await executor.read({ cypher: 'MATCH (d:Document) RETURN count(d) AS n', params: {} }))[0]!.get('n'));

beforeAll(async () => {
  api = await startTestApi({ editorToken: TOKEN });
  executor = testExecutor();
  // Neo4j plans a query the first time it sees its text; on a busy machine that alone can pass the
  // app's transaction timeout. Planned here, without one, so the tests time the answers only.
  const scope = { documentId: 'document:x', from: null, to: null };
  const range = { documentId: null, from: '2023-01-01', to: '2023-12-31' };
  for (const query of [
    documentsQuery(),
    searchQuery({ text: '停车', kinds: null, limit: 100, scope }),
    searchQuery({ text: '停车', kinds: null, limit: 100, scope: range }),
    neighborhoodQuery({ ids: ['bureau:construction'], depth: 1, kinds: null, limit: 300, scope }),
  ]) {
    await executor.read(query, { timeoutMs: 120_000 });
  }
});
afterAll(async () => {
  await removeIngested(executor);
  await loadSeeds(executor);
  await api?.close();
  await executor?.close();
});

describe('ingestDocument', () => {
  let documentId = '';
  let ids: Record<string, string> = {};

  it('needs the editor token, and writes nothing without it', async () => {
    const before = await documentCount();
    const { status, body } = await ingest(DRAFT, null);
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await documentCount()).toBe(before);
  });

  it('stores the document and what was accepted, in one go', async () => {
    const { body } = await ingest(DRAFT);
    expect(body.errors).toBeUndefined();
    const result = body.data.ingestDocument;
    expect(result).toMatchObject({ existed: false, mentioned: 1, relationships: 2, statusChanges: 1 });
    expect(result.document).toMatchObject({
      title: DRAFT.document.title,
      date: '2023-07-15',
      source: DRAFT.document.source,
      language: 'zh',
      origin: 'USER',
      text: TEXT,
    });
    expect(result.document.sha256).toMatch(/^[0-9a-f]{64}$/);
    documentId = result.document.id;
    ids = Object.fromEntries(result.created.map((c: { ref: string; id: string }) => [c.ref, c.id]));
    expect(ids).toEqual({ c1: 'enterprise:jining-xingang-logistics', p1: expect.stringMatching(/^pledge:/) });
  });

  it('lists the documents newest first, with what cites each', async () => {
    const answer = await api.gql('{ documents { id date origin chars entities pledges relationships statusChanges } }');
    expect(answer.errors).toBeUndefined();
    const { documents } = answer.data;
    expect(documents.map((d: { id: string }) => d.id)).toEqual([documentId, 'document:taibai-2023-pledges']);
    expect(documents[0]).toEqual({
      id: documentId,
      date: '2023-07-15',
      origin: 'USER',
      chars: TEXT.length,
      entities: 4,
      pledges: 2,
      relationships: 2,
      statusChanges: 1,
    });
    expect(documents[1]).toMatchObject({ origin: 'SEED', statusChanges: 0 });
  });

  it("lists an entity's sources across documents, newest first, each citing the document's exact words", async () => {
    const { entity } = (await api.gql('{ entity(id: "bureau:construction") { sources { documentId start end quote documentDate } } }')).data;
    expect(entity.sources[0]).toEqual({ documentId, ...span('住建局'), documentDate: '2023-07-15' });
    expect(entity.sources.slice(1).every((s: { documentId: string }) => s.documentId === 'document:taibai-2023-pledges')).toBe(true);
    const { document } = (await api.gql(`{ document(id: "${documentId}") { text } }`)).data;
    for (const s of entity.sources.filter((x: { documentId: string }) => x.documentId === documentId))
      expect(document.text.slice(s.start, s.end)).toBe(s.quote);
  });

  it("gives a pledge its history, and its status as of a date: pledged on the meeting's date, then in the works", async () => {
    const at = async (asOf: string | null) => (await api.gql(HISTORY, { bureauId: 'bureau:construction', asOf })).data.pledges as any[];
    const latest = (await at(null)).find((p) => p.id === 'pledge:build-public-car-parks');
    expect(latest.status).toBe('in_the_works');
    expect(latest.statusHistory).toEqual([
      {
        status: 'pledged',
        date: '2023-01-29',
        share: null,
        derived: true,
        value: null,
        unit: null,
        sources: [expect.objectContaining({ documentId: 'document:taibai-2023-pledges', quote: '3处公共停车场建设' })],
      },
      {
        status: 'in_the_works',
        date: '2023-07-15',
        share: 2 / 3,
        derived: false,
        value: 2,
        unit: '处',
        sources: [{ documentId, quote: '3处公共停车场中已有2处建成投用', documentDate: '2023-07-15' }],
      },
    ]);
    const march = await at('2023-03-01');
    expect(march.find((p) => p.id === 'pledge:build-public-car-parks').status).toBe('pledged');
    // Not yet made in March; made (and pledged) by August.
    expect(march.some((p) => p.id === ids.p1)).toBe(false);
    expect((await at('2023-08-01')).find((p) => p.id === ids.p1).status).toBe('pledged');
  });

  it('finds the new facts in search and on the canvas, and limits both to one document or a date range', async () => {
    const search = async (args: string) =>
      ((await api.gql(`{ search(text: "停车", limit: 100${args}) { entity { id } } }`)).data.search as any[]).map((h) => h.entity.id);
    const all = await search('');
    const mid = await search(`, documentId: "${documentId}"`);
    // The bureau too: the report names it (a mention), and its Chinese summary speaks of parking.
    expect(mid.sort()).toEqual(['bureau:construction', ids.p1, 'pledge:build-public-car-parks'].sort());
    expect(all.length).toBeGreaterThan(mid.length);
    expect(await search(', from: "2023-07-01", to: "2023-12-31"')).toEqual(expect.arrayContaining(mid));
    expect(await search(', documentId: "document:taibai-2023-pledges"')).not.toContain(ids.p1);
    expect((await api.gql('{ search(text: "新港物流") { entity { id } } }')).data.search[0].entity.id).toBe(ids.c1);

    const answer = await api.gql(
      `{ neighborhood(ids: ["bureau:construction"], documentId: "${documentId}", asOf: "2023-08-01") { nodes { id ... on Pledge { status } } edges { id } } }`,
    );
    expect(answer.errors).toBeUndefined();
    const canvas = answer.data.neighborhood;
    expect(canvas.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['bureau:construction', ids.p1, 'pledge:build-public-car-parks'].sort());
    expect(canvas.nodes.find((n: { id: string }) => n.id === 'pledge:build-public-car-parks').status).toBe('in_the_works');
    expect(canvas.edges.map((e: { id: string }) => e.id)).toEqual([`bureau:construction|MADE|${ids.p1}`]);
    // As of March the new pledge was not made yet: the canvas leaves it out, as pledges(asOf) does.
    const march = (await api.gql(`{ neighborhood(ids: ["bureau:construction"], asOf: "2023-03-01") { nodes { id } edges { source target } } }`)).data
      .neighborhood;
    expect(march.nodes.map((n: { id: string }) => n.id)).toContain('pledge:build-public-car-parks');
    expect(march.nodes.map((n: { id: string }) => n.id)).not.toContain(ids.p1);
    expect(march.edges.some((e: { source: string; target: string }) => e.source === ids.p1 || e.target === ids.p1)).toBe(false);
  });

  it('marks the new document’s words in the reading view', async () => {
    const { citations } = (await api.gql(`{ citations(documentId: "${documentId}") { span { quote } entityId edgeId } }`)).data;
    expect(citations.map((c: { span: { quote: string } }) => c.span.quote)).toEqual(
      expect.arrayContaining(['住建局', '济宁新港物流有限公司', '年内将新增智慧停车泊位500个以上', '济宁新港物流有限公司签约落户泗河口港']),
    );
    // The progress statement is marked too, standing for the pledge whose status it changed.
    expect(citations).toContainEqual({ span: { quote: '3处公共停车场中已有2处建成投用' }, entityId: 'pledge:build-public-car-parks', edgeId: null });
  });

  it('names bad scope arguments', async () => {
    const errors = async (args: string) => (await api.gql(`{ search(text: "港"${args}) { score } }`)).errors?.[0];
    expect(await errors(', from: "2023-13-01"')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'from' } });
    expect(await errors(', from: "2023-09-01", to: "2023-01-01"')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'to' } });
    expect(await errors(', documentId: "document:none"')).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    const asOf = (await api.gql('{ pledges(asOf: "soon") { id } }')).errors?.[0];
    expect(asOf).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'asOf' } });
  });

  it('stores the same text once: a second ingest adds to the stored document', async () => {
    const before = await documentCount();
    const { body } = await ingest({
      document: { ...DRAFT.document, title: 'Another title' },
      mentions: [{ entityId: 'place:sihekou-port', spans: [span('泗河口港')] }],
    });
    expect(body.data.ingestDocument).toMatchObject({ existed: true, document: { id: documentId, title: DRAFT.document.title }, mentioned: 1 });
    expect(await documentCount()).toBe(before);
  });

  it.each([
    ['empty text', { ...DRAFT.document, text: '' }, 'input.document.text'],
    ['text over 1 MB', { ...DRAFT.document, text: '字'.repeat(400_000) }, 'input.document.text'],
    ['a date that is not a date', { ...DRAFT.document, date: '2023-07-32' }, 'input.document.date'],
  ])('refuses %s with BAD_USER_INPUT naming it, and writes nothing', async (_what, document, argument) => {
    const before = await documentCount();
    const { body } = await ingest({ ...DRAFT, document });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(await documentCount()).toBe(before);
  });

  it('refuses a draft naming an entity deleted meanwhile, and writes nothing of it', async () => {
    await executor.writeAll([{ cypher: 'MATCH (n:Entity {id: $id}) DETACH DELETE n', params: { id: ids.c1 } }]);
    const before = await documentCount();
    const text = `${TEXT}济宁新港物流有限公司二期开工。\n`;
    const { body } = await ingest({
      document: { ...DRAFT.document, text },
      entities: [{ ref: 'x', kind: 'PROJECT', name: '二期', spans: [{ start: text.indexOf('二期'), end: text.indexOf('二期') + 2 }] }],
      mentions: [{ entityId: ids.c1, spans: [span('济宁新港物流有限公司')] }],
    });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'input.mentions[0].entityId' } });
    expect(body.errors?.[0]?.message).toContain(ids.c1!);
    expect(await documentCount()).toBe(before);
    expect((await api.gql('{ search(text: "二期") { entity { id } } }')).data.search).toEqual([]);
  });

  it('counts a new pledge of another bureau in sharedByBureaus at once, and after a forced reload', async () => {
    const SHARED = `{ sharedByBureaus(minBureaus: 1, limit: 5000) { entity { id } bureaus { id } pledges { id } } }`;
    const port = async () =>
      ((await api.gql(SHARED)).data.sharedByBureaus as { entity: { id: string }; bureaus: { id: string }[]; pledges: { id: string }[] }[]).find(
        (s) => s.entity.id === 'place:sihekou-port',
      );
    const before = (await port())?.bureaus.map((b) => b.id) ?? [];
    const [other] = await executor.read({ cypher: 'MATCH (b:Bureau) WHERE NOT b.id IN $ids RETURN b.id AS id ORDER BY id LIMIT 1', params: { ids: before } });
    const bureau = other!.get('id') as string;
    const text = ['新区下半年港口工作安排', '有关部门将加快泗河口港配套道路建设。', ''].join('\n');
    const at = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, quote });
    const { body } = await ingest({
      document: { title: '新区下半年港口工作安排', date: '2023-08-01', text },
      mentions: [],
      entities: [],
      pledges: [{ ref: 'road', bureau, text: '将加快泗河口港配套道路建设', spans: [at('将加快泗河口港配套道路建设')] }],
      relationships: [{ type: 'CONCERNS', from: 'road', to: 'place:sihekou-port', spans: [at('泗河口港')] }],
      statusChanges: [],
    });
    expect(body.errors).toBeUndefined();
    const pledgeId = body.data.ingestDocument.created.find((c: { ref: string }) => c.ref === 'road').id;
    const expected = [...before, bureau].sort();
    const after = await port();
    expect(after?.bureaus.map((b) => b.id)).toEqual(expected);
    expect(after?.pledges.map((p) => p.id)).toContain(pledgeId);
    await loadSeeds(executor, undefined, { force: true });
    expect((await port())?.bureaus.map((b) => b.id)).toEqual(expected);
  });

  it('keeps everything ingested through npm run load and a forced reload, and leaves the seeded graph as the seeds say', async () => {
    const seededBureau = async () =>
      (await executor.read({ cypher: 'MATCH (n:Entity {id: "bureau:construction"}) RETURN n.sources AS s', params: {} }))[0]!.get('s');
    const before = { bureau: await seededBureau(), history: (await api.gql(HISTORY, { bureauId: 'bureau:construction' })).data.pledges };
    const documents = (await api.gql('{ documents { id entities relationships statusChanges } }')).data.documents;
    await writeSeedGraph(executor, checkSeeds());
    await loadSeeds(executor, undefined, { force: true });
    expect((await api.gql('{ documents { id entities relationships statusChanges } }')).data.documents).toEqual(documents);
    expect((await api.gql(HISTORY, { bureauId: 'bureau:construction' })).data.pledges).toEqual(before.history);
    expect(await seededBureau()).toBe(before.bureau);
    // The stored seed graph is still the seeds' own: the next start skips the load.
    expect(await loadSeeds(executor, undefined, { force: false })).toMatchObject({ skipped: true });
  });

  it('exported as seeds and committed, it is adopted by the load (no twin document, nothing lost), and the seeds alone give the same facts', async () => {
    // A report stored on its own (the earlier tests deleted part of the first one's).
    await removeIngested(executor);
    const text = `${TEXT}（完）\n`;
    const draft = { ...DRAFT, document: { ...DRAFT.document, text } } as IngestInput;
    const { body } = await ingest(draft);
    expect(body.errors).toBeUndefined();
    const stored = body.data.ingestDocument;
    const created = new Map<string, string>(stored.created.map((c: { ref: string; id: string }) => [c.ref, c.id]));
    const newCompany = created.get('c1')!;
    const facts = async () => ({
      documents: (await api.gql('{ documents { id title date chars entities pledges relationships statusChanges } }')).data.documents,
      history: (await api.gql(HISTORY, { bureauId: 'bureau:construction' })).data.pledges,
      bureau: (await api.gql('{ entity(id: "bureau:construction") { sources { documentId start end quote documentDate } } }')).data.entity.sources,
      settles: await (async () => {
        const answer = await api.gql(`{ neighborhood(ids: ["${newCompany}"], depth: 1) { edges { id type source target sources { quote } } } }`);
        expect(answer.errors).toBeUndefined();
        return answer.data.neighborhood.edges;
      })(),
    });
    const before = await facts();
    expect(before.documents).toHaveLength(2);
    expect(before.settles).toContainEqual(expect.objectContaining({ type: 'SETTLES_IN', target: 'place:sihekou-port' }));
    const files = seedFiles(draft, stored.document.sha256, created);
    const seeds = seedFixture({});
    cpSync(path.join(SEEDS_DIR, 'graph'), path.join(seeds, 'graph'), { recursive: true });
    for (const file of files) {
      mkdirSync(path.dirname(path.join(seeds, file.path)), { recursive: true });
      writeFileSync(path.join(seeds, file.path), file.content);
    }
    // Committed beside what the user stored: the same document (by its text), adopted, not doubled.
    await loadSeeds(executor, seeds, { force: true });
    expect(await documentCount()).toBe(2);
    const adopted = await facts();
    expect(adopted.documents).toEqual(before.documents);
    expect(adopted.history).toEqual(before.history);
    expect(adopted.bureau).toEqual(before.bureau);
    expect(adopted.settles).toEqual(before.settles);
    // Anywhere else: without what the user stored, the seeds alone hold it all.
    await removeIngested(executor);
    await loadSeeds(executor, seeds, { force: true });
    const alone = await facts();
    expect(alone.documents).toEqual(before.documents);
    expect(alone.history).toEqual(before.history);
    expect(alone.bureau).toEqual(before.bureau);
    expect(alone.settles).toEqual(before.settles);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../../../server/load/loadSeeds.js';
import { startTestApi, type TestApi } from '../../helpers/testApi.js';

let api: TestApi;
beforeAll(async () => (api = await startTestApi()));
afterAll(() => api.close());

const ENTITY = `query($id: ID!) { entity(id: $id) { __typename id kind name nameEn aliases summary sources { documentId start end quote }
  ... on Pledge { text metric target unit comparator year status bureauId attributionNote confidence } } }`;

describe('entity', () => {
  it('answers a pledge with its numbers and its cited words', async () => {
    const body = await api.gql(ENTITY, { id: 'pledge:econ-technology-contract-turnover' });
    expect(body.errors).toBeUndefined();
    expect(body.data!.entity).toMatchObject({
      __typename: 'Pledge',
      kind: 'PLEDGE',
      text: '技术合同成交额增长10%以上',
      target: 10,
      unit: '%',
      comparator: '≥',
      year: 2023,
      status: 'pledged',
      bureauId: 'bureau:economic-development',
    });
    const spans = (body.data!.entity as { sources: { start: number; end: number; quote: string }[] }).sources;
    const text = readFileSync(path.join(SEEDS_DIR, 'documents/000_65510d1fc276f250.txt'), 'utf8');
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.quote);
  });

  it('answers null for an unknown id', async () => {
    const body = await api.gql(ENTITY, { id: 'place:atlantis' });
    expect(body).toEqual({ data: { entity: null } });
  });
});

describe('document', () => {
  it('answers the full text and metadata for the reading view', async () => {
    const body = await api.gql(`{ document(id: "document:taibai-2023-pledges") { title subtitle date reporters text } }`);
    const doc = body.data!.document as { title: string; text: string; date: string };
    expect(doc).toMatchObject({ title: '区直部门、镇街作出这些承诺', subtitle: '改革创新，狠抓落实', date: '2023-01-29' });
    expect(doc.text).toBe(readFileSync(path.join(SEEDS_DIR, 'documents/000_65510d1fc276f250.txt'), 'utf8'));
  });

  it('answers null for an id that is not a document', async () => {
    expect((await api.gql(`{ document(id: "place:shiqiao") { title } }`)).data).toEqual({ document: null });
  });
});

/** Every page of `size` after each page's last pledge, until a short one. */
async function pagesOf(size: number, asOf: string | null): Promise<{ id: string }[][]> {
  const pages: { id: string }[][] = [];
  let after: string | null = null;
  do {
    const body: { data?: { pledges: { id: string }[] } | null } = await api.gql<{ pledges: { id: string }[] }>(
      `query($limit: Int, $after: ID, $asOf: String) { pledges(limit: $limit, after: $after, asOf: $asOf) { id } }`,
      { limit: size, after, asOf },
    );
    pages.push(body.data!.pledges);
    after = pages.at(-1)!.at(-1)?.id ?? null;
  } while (pages.at(-1)!.length === size);
  return pages;
}

describe('pledges', () => {
  it('pages in reading order: pages after each last pledge make the whole list, as of a date too', async () => {
    for (const asOf of [null, '2023-02-01']) {
      const whole = (await api.gql<{ pledges: { id: string }[] }>(`query($asOf: String) { pledges(asOf: $asOf) { id } }`, { asOf })).data!.pledges;
      expect(whole.length).toBeGreaterThan(30);
      const pages = await pagesOf(13, asOf);
      expect(pages.flat()).toEqual(whole);
      expect(pages.slice(0, -1).every((page) => page.length === 13)).toBe(true);
    }
    const cut = await api.gql(`{ pledges(limit: 5001) { id } }`);
    expect(cut.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'limit' } });
    const unknown = await api.gql(`{ pledges(after: "pledge:none") { id } }`);
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
  });

  it("lists a bureau's pledges in the article's reading order", async () => {
    const body = await api.gql<{ pledges: { id: string; text: string; bureauId: string }[] }>(
      `{ pledges(bureauId: "bureau:construction") { id text bureauId } }`,
    );
    const list = body.data!.pledges;
    expect(list.length).toBeGreaterThan(15);
    expect(list.every((p) => p.bureauId === 'bureau:construction')).toBe(true);
    const text = readFileSync(path.join(SEEDS_DIR, 'documents/000_65510d1fc276f250.txt'), 'utf8');
    const offsets = list.map((p) => text.indexOf(p.text));
    expect(offsets[0]).toBe(text.indexOf('全力以赴保障棚户区改造项目'));
    expect(list.map((p) => p.text)).toContain('4条断头路打通');
  });

  it('answers the same fields whether or not the request also asks for the quotes and statuses', async () => {
    type Row = { id: string; name: string; text: string; status?: string; sources?: { quote: string }[] };
    const lean = (await api.gql<{ pledges: Row[] }>('{ pledges(bureauId: "bureau:construction") { id name text } }')).data!.pledges;
    const full = (await api.gql<{ pledges: Row[] }>('{ pledges(bureauId: "bureau:construction") { id name text status sources { quote } } }')).data!.pledges;
    expect(lean).toEqual(full.map(({ id, name, text }) => ({ id, name, text })));
    expect(full.every((p) => typeof p.status === 'string' && p.sources!.length > 0)).toBe(true);
    // Through a fragment too: the quotes are read when any part of the request selects them.
    const viaFragment = (
      await api.gql<{ pledges: Row[] }>('{ pledges(bureauId: "bureau:construction") { id ...q } } fragment q on Pledge { sources { quote } }')
    ).data!.pledges;
    expect(viaFragment.map((p) => p.sources)).toEqual(full.map((p) => p.sources));
  });

  it('lists every pledge without a bureau, and names an unknown bureau', async () => {
    const all = await api.gql<{ pledges: { bureauId: string }[] }>('{ pledges { bureauId } }');
    expect(new Set(all.data!.pledges.map((p) => p.bureauId)).size).toBe(5);
    const unknown = await api.gql('{ pledges(bureauId: "bureau:nowhere") { id } }');
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'No bureau with id "bureau:nowhere"' });
  });
});

describe('walkthroughs and stats', () => {
  it('serves the walkthroughs from the seeds, in both languages', async () => {
    const body = await api.gql<{ walkthroughs: { id: string; titleZh: string; steps: { title: string; narrationZh: string; focus: string[] }[] }[] }>(
      '{ walkthroughs { id title titleZh steps { title narration narrationZh focus } } }',
    );
    const [first] = body.data!.walkthroughs;
    expect(first!.id).toBe('walkthrough:pledges-at-a-glance');
    expect(first!.steps.some((s) => s.focus.includes('project:fuxing-road-culture-technology-project'))).toBe(true);
    expect(first!.steps.every((s) => s.narrationZh.length > 0)).toBe(true);
  });

  it('counts every kind and relationship type', async () => {
    const body = await api.gql<{ stats: { kinds: { key: string; count: number }[]; relationships: { key: string; count: number }[] } }>(
      '{ stats { kinds { key count } relationships { key count } } }',
    );
    const kinds = Object.fromEntries(body.data!.stats.kinds.map((c) => [c.key, c.count]));
    expect(kinds).toMatchObject({ BUREAU: 5, DOCUMENT: 1 });
    expect(body.data!.stats.relationships.map((c) => c.key)).toEqual(expect.arrayContaining(['MADE', 'CONCERNS', 'TARGETS', 'DESTINED_FOR']));
  });
});

describe('entities', () => {
  it('lists the five bureaus in the order the article introduces them', async () => {
    const body = await api.gql<{ entities: { id: string }[] }>('{ entities(kinds: [BUREAU]) { id } }');
    expect(body.data!.entities.map((e) => e.id)).toEqual([
      'bureau:economic-development',
      'bureau:construction',
      'bureau:emergency-management',
      'bureau:culture-and-tourism',
      'bureau:investment-promotion',
    ]);
  });

  it('honours the limit and refuses one out of 1..2000', async () => {
    expect((await api.gql<{ entities: unknown[] }>('{ entities(limit: 7) { id } }')).data!.entities).toHaveLength(7);
    const body = await api.gql('{ entities(limit: 0) { id } }');
    expect(body.errors?.[0]).toMatchObject({ message: 'Argument "limit" must be an integer from 1 to 2000, got 0', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('citations', () => {
  it('returns every cited span of the document, in text order, each naming who cites it', async () => {
    const text = readFileSync(path.join(SEEDS_DIR, 'documents/000_65510d1fc276f250.txt'), 'utf8');
    const body = await api.gql<{ citations: { span: { start: number; end: number; quote: string }; entityId: string | null; edgeId: string | null }[] }>(
      '{ citations(documentId: "document:taibai-2023-pledges") { span { start end quote } entityId edgeId } }',
    );
    const list = body.data!.citations;
    const counts = await api.gql<{ stats: { kinds: { count: number }[]; relationships: { count: number }[] } }>(
      '{ stats { kinds { count } relationships { count } } }',
    );
    const citers = new Set(list.map((c) => c.entityId ?? c.edgeId));
    const total = [...counts.data!.stats.kinds, ...counts.data!.stats.relationships].reduce((sum, c) => sum + c.count, 0);
    expect(citers.size).toBe(total); // every node and relationship cites this, the only document
    for (const c of list) {
      expect(text.slice(c.span.start, c.span.end)).toBe(c.span.quote);
      expect((c.entityId === null) !== (c.edgeId === null)).toBe(true);
    }
    const starts = list.map((c) => c.span.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('names an unknown document (NOT_FOUND)', async () => {
    const body = await api.gql('{ citations(documentId: "document:nope") { edgeId } }');
    expect(body.errors?.[0]).toMatchObject({ message: 'No document with id "document:nope"', extensions: { code: 'NOT_FOUND' } });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../helpers/testApi.js';

let api: TestApi;
beforeAll(async () => (api = await startTestApi()));
afterAll(() => api.close());

const SHARED = `query($kinds: [EntityKind!], $minBureaus: Int, $limit: Int) { sharedByBureaus(kinds: $kinds, minBureaus: $minBureaus, limit: $limit) {
  entity { id name } bureaus { id } pledges { id text bureauId } } }`;
const TARGETS = `query($bureauId: ID) { investmentTargets(bureauId: $bureauId) {
  enterprise { id name nameEn } relations bureaus { id } pledges { id text } destinations { id name } } }`;

const STAGED = `{ investmentTargets { enterprise { id } relations stage stageVerb destinations { id }
  byBureau { bureau { id } relations stage stageVerb stageQuote destinations { id } sources { quote } pledges { id } } } }`;

type StagedTarget = {
  enterprise: { id: string };
  relations: string[];
  stage: string | null;
  stageVerb: string | null;
  destinations: { id: string }[];
  byBureau: {
    bureau: { id: string };
    relations: string[];
    stage: string | null;
    stageVerb: string | null;
    stageQuote: string | null;
    destinations: { id: string }[];
    sources: { quote: string }[];
    pledges: { id: string }[];
  }[];
};

type Shared = { entity: { id: string }; bureaus: { id: string }[]; pledges: { id: string; bureauId: string }[] };
type Target = {
  enterprise: { id: string; nameEn: string };
  relations: string[];
  bureaus: { id: string }[];
  pledges: { text: string }[];
  destinations: { id: string }[];
};

describe('sharedByBureaus', () => {
  it('puts the Fuxing Road project first, with its three bureaus and their pledges', async () => {
    const body = await api.gql<{ sharedByBureaus: Shared[] }>(SHARED, {});
    expect(body.errors).toBeUndefined();
    const [first, ...rest] = body.data!.sharedByBureaus;
    expect(first!.entity.id).toBe('project:fuxing-road-culture-technology-project');
    expect(first!.bureaus.map((b) => b.id)).toEqual(['bureau:construction', 'bureau:culture-and-tourism', 'bureau:economic-development']);
    expect(new Set(first!.pledges.map((p) => p.bureauId))).toEqual(new Set(first!.bureaus.map((b) => b.id)));
    expect(rest.map((s) => s.entity.id)).toEqual(expect.arrayContaining(['place:jidong-digital-economy-industrial-park', 'place:taibai-lake-scenic-area']));
    expect(rest.every((s) => s.bureaus.length >= 2)).toBe(true);
  });

  it('filters by kind and by the number of bureaus', async () => {
    const places = (await api.gql<{ sharedByBureaus: Shared[] }>(SHARED, { kinds: ['PLACE'] })).data!.sharedByBureaus;
    expect(places.map((s) => s.entity.id)).toContain('place:jidong-digital-economy-industrial-park');
    expect(places.every((s) => s.entity.id.startsWith('place:'))).toBe(true);
    const three = (await api.gql<{ sharedByBureaus: Shared[] }>(SHARED, { minBureaus: 3 })).data!.sharedByBureaus;
    expect(three.map((s) => s.entity.id)).toEqual(['project:fuxing-road-culture-technology-project']);
  });

  it('answers the same with or without the pledges asked for (directly, or through a fragment), and caps the list at limit', async () => {
    const full = (await api.gql<{ sharedByBureaus: Shared[] }>(SHARED, { minBureaus: 1 })).data!.sharedByBureaus;
    const lean = await api.gql<{ sharedByBureaus: Omit<Shared, 'pledges'>[] }>('{ sharedByBureaus(minBureaus: 1) { entity { id } bureaus { id } } }');
    expect(lean.data!.sharedByBureaus).toEqual(full.map(({ entity, bureaus }) => ({ entity: { id: entity.id }, bureaus })));
    const viaFragment = await api.gql<{ sharedByBureaus: { pledges: { id: string }[] }[] }>(
      '{ sharedByBureaus(minBureaus: 1) { ...withPledges } } fragment withPledges on Shared { pledges { id } }',
    );
    expect(viaFragment.data!.sharedByBureaus.map((s) => s.pledges)).toEqual(full.map((s) => s.pledges.map(({ id }) => ({ id }))));
    expect(full.some((s) => s.pledges.length > 0)).toBe(true);
    const top = await api.gql<{ sharedByBureaus: Shared[] }>(SHARED, { minBureaus: 1, limit: 3 });
    expect(top.data!.sharedByBureaus.map((s) => s.entity.id)).toEqual(full.slice(0, 3).map((s) => s.entity.id));
  });

  it('refuses minBureaus below 1', async () => {
    const body = await api.gql(SHARED, { minBureaus: 0 });
    expect(body.errors?.[0]).toMatchObject({
      message: 'Argument "minBureaus" must be an integer from 1 to 100, got 0',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('investmentTargets', () => {
  const targets = async (bureauId?: string) => {
    const body = await api.gql<{ investmentTargets: Target[] }>(TARGETS, { bureauId });
    expect(body.errors).toBeUndefined();
    return new Map(body.data!.investmentTargets.map((t) => [t.enterprise.id, t]));
  };

  it('lists the companies the Investment Promotion Centre courts, and what for', async () => {
    const courted = await targets('bureau:investment-promotion');
    expect(courted.get('enterprise:iflytek')).toMatchObject({
      relations: ['TARGETS'],
      bureaus: [{ id: 'bureau:investment-promotion' }],
      destinations: [{ id: 'place:state-owned-office-buildings' }],
    });
    expect(courted.get('enterprise:hangzhou-tuofubao')!.destinations).toEqual([{ id: 'place:nancheng-impression', name: '南城印象商业载体' }]);
    expect(courted.get('institution:southwest-shandong-cell-preparation-centre')!.destinations.map((d) => d.id)).toContain(
      'place:jidong-digital-economy-industrial-park',
    );
    expect(courted.get('enterprise:mitsui')!.pledges[0]!.text).toContain('三井物产株式会社');
    expect(courted.has('enterprise:zto-express')).toBe(false); // courted by Economic Development, not here
  });

  it('covers every bureau without a filter, partners included', async () => {
    const all = await targets();
    expect(all.get('enterprise:zto-express')!.bureaus).toEqual([{ id: 'bureau:economic-development' }]);
    expect([...all.values()].some((t) => t.relations.includes('PARTNERS'))).toBe(true);
    expect(all.size).toBeGreaterThan((await targets('bureau:investment-promotion')).size);
  });

  it('gives ZTO its destination, 石桥, where it settles (SETTLES_IN), and the stage 入驻 gives', async () => {
    const body = await api.gql<{ investmentTargets: StagedTarget[] }>(STAGED);
    expect(body.errors).toBeUndefined();
    const zto = body.data!.investmentTargets.find((t) => t.enterprise.id === 'enterprise:zto-express')!;
    expect(zto.destinations.map((d) => d.id)).toContain('place:shiqiao');
    expect(zto.relations).toEqual(expect.arrayContaining(['SETTLES_IN']));
    expect(zto).toMatchObject({ stage: 'SETTLED', stageVerb: '入驻' });
    expect(zto.byBureau).toHaveLength(1);
    expect(zto.byBureau[0]).toMatchObject({ bureau: { id: 'bureau:economic-development' }, stage: 'SETTLED', stageVerb: '入驻' });
    expect(zto.byBureau[0]!.stageQuote).toContain('入驻石桥');
    expect(zto.byBureau[0]!.destinations.map((d) => d.id)).toContain('place:shiqiao');
    expect(zto.byBureau[0]!.sources.map((s) => s.quote)).toContain('以中国物流、中通物流入驻石桥为引擎');
  });

  it('derives each stage from the quoted verb, and quotes it', async () => {
    const all = new Map((await api.gql<{ investmentTargets: StagedTarget[] }>(STAGED)).data!.investmentTargets.map((t) => [t.enterprise.id, t]));
    expect(all.get('enterprise:iflytek')).toMatchObject({ stage: 'COURTED', stageVerb: '引入' });
    expect(all.get('enterprise:liandong-u-valley')).toMatchObject({ stage: 'STUDIED', stageVerb: '考察' });
    expect(all.get('enterprise:mitsui')).toMatchObject({ stage: 'WATCHED', stageVerb: '紧盯' });
    expect(all.get('enterprise:taichu-machinery')).toMatchObject({ stage: 'SETTLED', stageVerb: '入驻' });
    for (const target of all.values()) {
      for (const row of target.byBureau) {
        if (row.stage) expect(row.stageQuote, target.enterprise.id).toContain(row.stageVerb);
        else expect(row.stageVerb, target.enterprise.id).toBeNull();
      }
    }
  });

  it('leaves no destination blank that the graph knows: pledges, settling, operating, else location', async () => {
    const all = (await api.gql<{ investmentTargets: StagedTarget[] }>(STAGED)).data!.investmentTargets;
    for (const target of all) {
      const neighbourhood = await api.gql<{ neighborhood: { edges: { type: string; source: string; target: string }[] } }>(
        `query($id: ID!) { neighborhood(ids: [$id], depth: 1) { edges { type source target } } }`,
        { id: target.enterprise.id },
      );
      const own = neighbourhood.data!.neighborhood.edges.filter(
        (e) => e.source === target.enterprise.id && ['SETTLES_IN', 'OPERATES', 'LOCATED_IN'].includes(e.type),
      );
      if (own.length) expect(target.destinations.length, target.enterprise.id).toBeGreaterThan(0);
      for (const edge of own.filter((e) => e.type !== 'LOCATED_IN')) expect(target.destinations.map((d) => d.id)).toContain(edge.target);
    }
  });

  it('answers the same whether the request selects quotes and stages (read with quotes) or not (read without)', async () => {
    const lean = await targets();
    const full = await api.gql<{ investmentTargets: (Target & { stage: unknown })[] }>(
      `{ investmentTargets { enterprise { id name nameEn } relations bureaus { id } pledges { id text } destinations { id name } stage } }`,
    );
    expect(full.errors).toBeUndefined();
    const withQuotes = new Map(full.data!.investmentTargets.map(({ stage: _stage, ...t }) => [t.enterprise.id, t]));
    expect(lean).toEqual(withQuotes);
  });

  it('pages: pages of 4 after each last enterprise make the whole list, by name then id, the last one short', async () => {
    type Named = { enterprise: { id: string; name: string }; bureaus: { id: string }[] };
    const PAGE = `query($limit: Int, $after: ID) { investmentTargets(limit: $limit, after: $after) { enterprise { id name } bureaus { id } } }`;
    const whole = (await api.gql<{ investmentTargets: Named[] }>(PAGE, { limit: 2000 })).data!.investmentTargets;
    expect(whole.length).toBeGreaterThan(8);
    for (const [i, { enterprise: b }] of whole.entries()) {
      const a = whole[i - 1]?.enterprise;
      if (a) expect(a.name < b.name || (a.name === b.name && a.id < b.id), `${a.id} before ${b.id}`).toBe(true);
    }
    const pages: Named[][] = [];
    let after: string | null = null;
    do {
      const body: { data?: { investmentTargets: Named[] } | null } = await api.gql<{ investmentTargets: Named[] }>(PAGE, { limit: 4, after });
      pages.push(body.data!.investmentTargets);
      after = pages.at(-1)!.at(-1)?.enterprise.id ?? null;
    } while (pages.at(-1)!.length === 4);
    expect(pages.flat()).toEqual(whole);
    expect(pages.at(-1)!.length).toBeLessThan(4);
  });

  it('refuses a page size out of range and a cursor that names nothing (BAD_USER_INPUT naming the argument)', async () => {
    const limit = await api.gql(`{ investmentTargets(limit: 0) { enterprise { id } } }`);
    expect(limit.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'limit' } });
    expect(limit.errors?.[0]?.message).toContain('from 1 to 2000, got 0');
    const after = await api.gql(`{ investmentTargets(after: "enterprise:atlantis") { enterprise { id } } }`);
    expect(after.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
    expect(after.errors?.[0]?.message).toContain('enterprise:atlantis');
  });

  it('names an unknown bureau (NOT_FOUND)', async () => {
    const body = await api.gql(TARGETS, { bureauId: 'bureau:ministry-of-magic' });
    expect(body.errors?.[0]).toMatchObject({ message: 'No bureau with id "bureau:ministry-of-magic"', extensions: { code: 'NOT_FOUND' } });
  });
});

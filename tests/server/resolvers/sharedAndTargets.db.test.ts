import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../helpers/testApi.js';

let api: TestApi;
beforeAll(async () => (api = await startTestApi()));
afterAll(() => api.close());

const SHARED = `query($kinds: [EntityKind!], $minBureaus: Int) { sharedByBureaus(kinds: $kinds, minBureaus: $minBureaus) {
  entity { id name } bureaus { id } pledges { id text bureauId } } }`;
const TARGETS = `query($bureauId: ID) { investmentTargets(bureauId: $bureauId) {
  enterprise { id name nameEn } relations bureaus { id } pledges { id text } destinations { id name } } }`;

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

  it('names an unknown bureau (NOT_FOUND)', async () => {
    const body = await api.gql(TARGETS, { bureauId: 'bureau:ministry-of-magic' });
    expect(body.errors?.[0]).toMatchObject({ message: 'No bureau with id "bureau:ministry-of-magic"', extensions: { code: 'NOT_FOUND' } });
  });
});

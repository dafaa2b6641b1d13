import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../helpers/testApi.js';

let api: TestApi;
beforeAll(async () => (api = await startTestApi()));
afterAll(() => api.close());

const SEARCH =
  'query($text: String!, $kinds: [EntityKind!], $limit: Int) { search(text: $text, kinds: $kinds, limit: $limit) { score entity { id kind name nameEn } } }';
const search = async (text: string, extra: Record<string, unknown> = {}) => {
  const body = await api.gql<{ search: { score: number; entity: { id: string; kind: string; name: string } }[] }>(SEARCH, { text, ...extra });
  expect(body.errors).toBeUndefined();
  return body.data!.search;
};
const firstId = async (text: string) => (await search(text))[0]?.entity.id;

describe('search', () => {
  it.each([
    ['泗河口', 'place:sihekou-port'],
    ['济东', 'place:jidong-digital-economy-industrial-park'],
    ['济东产业园', 'place:jidong-digital-economy-industrial-park'],
    ['复兴之路', 'project:fuxing-road-culture-technology-project'],
    ['科大讯飞', 'enterprise:iflytek'],
    ['石桥', 'place:shiqiao'],
  ])('finds the entity for the Chinese fragment %s', async (text, id) => {
    expect(await firstId(text)).toBe(id);
  });

  it.each([
    ['sihekou', 'place:sihekou-port'],
    ['Sihekou Port', 'place:sihekou-port'],
    ['fuxing road', 'project:fuxing-road-culture-technology-project'],
    ['FUXINGROAD', 'project:fuxing-road-culture-technology-project'],
    ['iflytek', 'enterprise:iflytek'],
    ['Mitsui', 'enterprise:mitsui'],
    ['ZTO', 'enterprise:zto-express'],
    ['zto express', 'enterprise:zto-express'],
    ['jidong', 'place:jidong-digital-economy-industrial-park'],
  ])('finds the entity for the English text %s, whatever the case and spacing', async (text, id) => {
    expect(await firstId(text)).toBe(id);
  });

  it('ranks an exact name above entities that merely contain it', async () => {
    const hits = await search('泗河口港');
    expect(hits[0]!.entity.id).toBe('place:sihekou-port');
    expect(hits.map((h) => h.entity.id)).toContain('place:sihekou-port-container-terminal');
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores[0]).toBeGreaterThan(scores[1]!);
  });

  it('ranks exact name, then alias, then prefix, then substring', async () => {
    // 中通物流 is the exact name; "ZTO" an alias; 中国 a prefix of 中国物流; 物流 a substring of many.
    expect((await search('中通物流'))[0]).toMatchObject({ score: 4, entity: { id: 'enterprise:zto-express' } });
    expect((await search('ZTO'))[0]).toMatchObject({ score: 3, entity: { id: 'enterprise:zto-express' } });
    const logistics = await search('物流', { limit: 50 });
    expect(logistics.every((hit) => hit.score <= 4)).toBe(true);
    expect(logistics.length).toBeGreaterThan(3);
  });

  it('filters by kind and honours the limit', async () => {
    const pledgesOnly = await search('复兴之路', { kinds: ['PLEDGE'] });
    expect(pledgesOnly.length).toBeGreaterThan(0);
    expect(pledgesOnly.every((hit) => hit.entity.kind === 'PLEDGE')).toBe(true);
    expect(await search('太白湖', { limit: 3 })).toHaveLength(3);
  });

  it.each([
    '"',
    '"unclosed',
    'a',
    'x y',
    '<img src=x onerror=alert(1)>',
    'Sihekou) AND (port',
    '*',
    '~fuxing',
    'road~2',
    '\\',
    'a:b',
    '[1 TO 5]',
    'NOT iflytek',
    '+-&&||!(){}[]^"~*?:\\/',
    '复兴之路"OR"1',
  ])('searches hostile text %j literally: an answer, never an error', async (text) => {
    const body = await api.gql(SEARCH, { text });
    expect(body.errors).toBeUndefined();
    expect(Array.isArray((body.data as { search: unknown[] }).search)).toBe(true);
  });

  it('does not execute Lucene operators: NOT iflytek still finds iFLYTEK', async () => {
    expect((await search('NOT iflytek')).map((h) => h.entity.id)).toContain('enterprise:iflytek');
  });

  it('refuses blank text and out-of-range limits, naming the argument and the range', async () => {
    const blank = await api.gql(SEARCH, { text: '   ' });
    expect(blank.errors?.[0]).toMatchObject({ message: 'Argument "text" must not be blank', extensions: { code: 'BAD_USER_INPUT', argument: 'text' } });
    for (const limit of [0, 101]) {
      const body = await api.gql(SEARCH, { text: '济东', limit });
      expect(body.errors?.[0]).toMatchObject({
        message: `Argument "limit" must be an integer from 1 to 100, got ${limit}`,
        extensions: { code: 'BAD_USER_INPUT', argument: 'limit' },
      });
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../helpers/testApi.js';
import { RANKING_TABLE } from './rankingTable.js';

let api: TestApi;
beforeAll(async () => (api = await startTestApi()));
afterAll(() => api.close());

const SEARCH = 'query($text: String!, $limit: Int) { search(text: $text, limit: $limit) { score entity { id kind } } }';
const search = async (text: string, limit = 20) => {
  const body = await api.gql<{ search: { score: number; entity: { id: string; kind: string } }[] }>(SEARCH, { text, limit });
  expect(body.errors).toBeUndefined();
  return body.data!.search;
};

describe('search ranking', () => {
  it('has a table of at least 30 queries', () => {
    expect(RANKING_TABLE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(RANKING_TABLE)('ranks first, for %j, %s', async (text, id) => {
    expect((await search(text))[0]?.entity.id).toBe(id);
  });

  it.each([
    // Each of these names holds "port" only inside a word (support, reporting, outbound → no).
    [
      'port',
      [
        'pledge:econ-small-tech-services',
        'pledge:econ-support-spc-cooperation',
        'pledge:ct-seek-support-for-enterprises',
        'pledge:emerg-information-reporting',
      ],
    ],
    ['park', []],
  ])('matches English whole words: %j finds nothing whose only match is inside a word', async (text, never) => {
    const ids = (await search(text, 100)).map((hit) => hit.entity.id);
    for (const id of never) expect(ids).not.toContain(id);
  });

  it('ranks what a word names above a name that merely starts with it, and names above summaries', async () => {
    const hits = await search('park', 100);
    const ids = hits.map((hit) => hit.entity.id);
    // Citizen Park is a park; "Park in Jining" (an alias of 泊济宁) starts with the word.
    expect(ids.indexOf('place:citizen-park')).toBeLessThan(ids.indexOf('project:bo-jining-parking-network'));
    expect(hits.slice(0, 3).every((hit) => hit.entity.kind === 'PLACE')).toBe(true);
    // "digital park": 泊济宁 (parking) no longer among the first three.
    expect((await search('digital park')).slice(0, 3).map((hit) => hit.entity.id)).not.toContain('project:bo-jining-parking-network');
  });

  it('ranks the kind a word names first', async () => {
    expect((await search('company'))[0]?.entity.kind).toBe('ENTERPRISE');
    // The four bureaus named "… Bureau" (the fifth is the Investment Promotion Centre).
    expect((await search('bureau')).slice(0, 4).every((hit) => hit.entity.kind === 'BUREAU')).toBe(true);
  });

  it('matches pinyin from the start of a syllable only', async () => {
    // "unfei" is inside xunfei (讯飞), not at a syllable's start.
    expect((await search('unfei')).map((hit) => hit.entity.id)).not.toContain('enterprise:iflytek');
  });
});

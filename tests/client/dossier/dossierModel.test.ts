import { describe, expect, it } from 'vitest';
import { dossierModel } from '../../../client/src/dossier/dossierModel.js';
import { dossierInput } from './dossierFixture.js';

describe('what a dossier says', () => {
  it('names the selection in both languages, lists its relationships and the pledges on it, each quote placed in the article', () => {
    const model = dossierModel(dossierInput({ lang: 'en' }));
    expect(model.names).toEqual([{ zh: '复兴之路', en: 'Fuxing Road' }]);
    expect(model.relationships.map((r) => r.from)).toEqual(['推进复兴之路', '招引中通']);
    const first = model.relationships.find((r) => r.from === '推进复兴之路')!;
    expect(first.quotes).toEqual([{ quote: '推进复兴之路', place: 'line 5, paragraph 3, under “建设”', start: expect.any(Number) as number }]);
    // A span of another document is said to be elsewhere, not given a line of this one.
    expect(model.relationships.find((r) => r.from === '招引中通')!.quotes.map((q) => q.place)).toEqual([
      'line 9, paragraph 5, under “经济”',
      'not in this article',
    ]);
    expect(model.pledges.map((p) => [p.bureau, p.name])).toEqual([
      ['Construction Bureau', '推进复兴之路'],
      ['Economic Development Bureau', '招引中通'],
    ]);
    expect(model.pledges[0]!.numbers).toEqual([
      ['Metric', 'investment'],
      ['Comparator', '≥'],
      ['Target', '10'],
      ['Unit', 'roads'],
      ['Year', '2023'],
      ['Status', 'pledged'],
    ]);
    expect(model.source).toEqual({ title: '区直部门作出这些承诺', subtitle: '改革创新', date: '2023-01-29' });
  });

  it("gives a pledge's metric and unit in Chinese in the Chinese dossier", () => {
    const numbers = new Map(dossierModel(dossierInput({ lang: 'zh' })).pledges[0]!.numbers);
    expect([...numbers.values()]).toContain('投资');
    expect([...numbers.values()]).toContain('条');
    expect([...numbers.values()]).not.toContain('investment');
  });

  it('for a bureau, lists its pledges through its own relationships', () => {
    const model = dossierModel({ ...dossierInput(), selection: ['bureau:c'] });
    expect(model.pledges.map((p) => p.name)).toEqual(['推进复兴之路']);
    expect(model.relationships).toHaveLength(1);
  });
});

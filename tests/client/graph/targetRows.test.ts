import { describe, expect, it } from 'vitest';
import { targetRows } from '../../../client/src/graph/targetRows.js';
import { CELLS, COMMERCE, INVEST, LAB, SHIQIAO, TARGETS, ZTO } from './targetFixtures.js';

describe('the investment-targets rows', () => {
  it('has one row per byBureau entry, in the API’s order, each keyed by company and bureau', () => {
    const rows = targetRows(TARGETS, 'zh');
    expect(rows.map((r) => r.key)).toEqual(TARGETS.flatMap((t) => t.byBureau.map((s) => `${t.enterprise.id}|${s.bureau.id}`)));
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('names everything in the page’s language with the other language beside, and the summary in the page’s language', () => {
    const [zh] = targetRows(TARGETS, 'zh');
    expect(zh).toMatchObject({ name: ZTO.name, other: ZTO.nameEn, summary: ZTO.summaryZh });
    expect(zh!.bureau).toEqual({ id: COMMERCE.id, name: '商务局', full: COMMERCE.name, other: COMMERCE.nameEn });
    expect(zh!.destinations[0]).toEqual({ id: SHIQIAO.id, name: SHIQIAO.name, other: SHIQIAO.nameEn });
    const [en] = targetRows(TARGETS, 'en');
    expect(en).toMatchObject({ name: ZTO.nameEn, other: ZTO.name, summary: ZTO.summary });
    expect(en!.bureau).toMatchObject({ name: 'Commerce Bureau', full: COMMERCE.nameEn, other: COMMERCE.name });
    // No English name: the Chinese one stands for it, and nothing repeats it beside.
    const cells = targetRows(TARGETS, 'en').find((r) => r.id === CELLS.id)!;
    expect(cells).toMatchObject({ name: CELLS.name, other: null });
  });

  it('keeps each bureau’s own relations, stage, verb, destinations and pledges', () => {
    const invest = targetRows(TARGETS, 'en').find((r) => r.key === `${ZTO.id}|${INVEST.id}`)!;
    const side = TARGETS[0]!.byBureau[1]!;
    expect(invest).toMatchObject({ relations: side.relations, stage: 'COURTED', stageVerb: side.stageVerb, pledges: side.pledges.map((p) => p.id) });
    expect(invest.destinations.map((d) => d.id)).toEqual(side.destinations.map((d) => d.id));
    expect(targetRows(TARGETS, 'en').find((r) => r.id === LAB.id)).toMatchObject({ stage: null, stageVerb: null });
  });

  it('quotes the sources in text order, then the stage’s quote when none of them holds it', () => {
    const [first] = targetRows(TARGETS, 'zh');
    expect(first!.quotes).toEqual(['优化泗河口港集装箱码头', '中通物流入驻石桥为引擎']);
    const withOwnStageQuote = targetRows([{ ...TARGETS[0]!, byBureau: [{ ...TARGETS[0]!.byBureau[0]!, stageQuote: '另一句：入驻' }] }], 'zh');
    expect(withOwnStageQuote[0]!.quotes.at(-1)).toBe('另一句：入驻');
  });
});

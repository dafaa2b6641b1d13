import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../server/ingest/draft.js';
import type { DraftPledge } from '../../../server/ingest/findPledges.js';
import { evaluate } from '../../../server/ingest/evaluate.js';
import type { SeedGraph } from '../../../server/load/SeedGraph.js';

const DOC = 'document:t';
const TEXT = '甲局将建设乙园区，完成道路4条。甲局还将美化乙园区。';
const at = (quote: string, from = 0) => ({ documentId: DOC, start: TEXT.indexOf(quote, from), end: TEXT.indexOf(quote, from) + quote.length, quote });
const node = (id: string, label: SeedGraph['nodes'][number]['label'], props: Record<string, string | number | string[]>, quotes: ReturnType<typeof at>[]) => ({
  id,
  label,
  props: { ...props, sources: JSON.stringify(quotes) },
});
// The curated graph: a bureau, a park (cited once, in the first sentence), two pledges.
const GRAPH: SeedGraph = {
  nodes: [
    node('bureau:a', 'Bureau', { name: '甲局', aliases: [] }, [at('甲局将建设')]),
    node('place:park', 'Place', { name: '乙园区', aliases: ['园区'] }, [at('建设乙园区')]),
    node('pledge:park', 'Pledge', { name: 'p', text: '建设乙园区', bureauId: 'bureau:a' }, [at('建设乙园区')]),
    node('pledge:roads', 'Pledge', { name: 'r', text: '完成道路4条', bureauId: 'bureau:a', target: 4, unitZh: '条', unit: 'roads', comparator: '=' }, [
      at('完成道路4条'),
    ]),
  ],
  edges: [],
  walkthroughs: [],
};
const span = (text: string, from = 0) => ({ start: TEXT.indexOf(text, from), end: TEXT.indexOf(text, from) + text.length });
const pledge = (text: string, fields: Partial<DraftPledge> = {}): DraftPledge => ({
  bureauId: 'bureau:a',
  text,
  ...span(text),
  metric: null,
  target: null,
  unit: null,
  comparator: null,
  due: null,
  concerns: [],
  confidence: 0.9,
  rule: 'commit-build',
  ...fields,
});
const draftOf = (mentions: Draft['mentions'], pledges: DraftPledge[]): Draft => ({
  document: { id: 'document:x', sha256: 'x', chars: TEXT.length },
  mentions,
  candidates: [],
  pledges,
  progress: [],
});
const m = (entityId: string, text: string, from = 0) => ({ entityId, text, ...span(text, from) });

describe('evaluate', () => {
  it('scores a draft that finds what the curators cited as perfect', () => {
    const perfect = draftOf(
      [m('bureau:a', '甲局'), m('place:park', '乙园区')],
      [pledge('甲局将建设乙园区'), pledge('完成道路4条', { target: 4, unit: '条', comparator: '=' })],
    );
    expect(evaluate(GRAPH, DOC, TEXT, perfect).scores).toEqual({
      mentions: { precision: 1, recall: 1 },
      pledges: { precision: 1, recall: 1 },
      attribution: 1,
      numbers: 1,
    });
  });

  it('counts each miss and each extra where it belongs', () => {
    const later = TEXT.indexOf('甲局还');
    const flawed = draftOf(
      // The full name counts right where it is not cited; an alias only where it is cited.
      [m('bureau:a', '甲局'), m('place:park', '乙园区', later), m('place:park', '园区', later + 6)],
      [pledge('甲局将建设乙园区', { bureauId: 'bureau:b' }), pledge('甲局还将美化乙园区', { ...span('甲局还将美化乙园区') })],
    );
    const { scores } = evaluate(GRAPH, DOC, TEXT, flawed);
    // Mentions: gold = 甲局 (in 甲局将建设) and 乙园区 (in 建设乙园区); drafted right: 甲局, 乙园区 (full name).
    expect(scores.mentions).toEqual({ precision: 0.667, recall: 0.5 });
    // Pledges: one of two drafted overlaps a curated one; one of two curated is matched.
    expect(scores.pledges).toEqual({ precision: 0.5, recall: 0.5 });
    expect(scores.attribution).toBe(0);
    expect(scores.numbers).toBe(1);
  });

  it('counts a wrong target, unit or comparator against numbers', () => {
    const wrong = draftOf(
      [],
      [pledge('完成道路4条', { target: 4, unit: '条', comparator: '≥' }), pledge('建设乙园区', { target: 2, unit: '个', comparator: '=' })],
    );
    expect(evaluate(GRAPH, DOC, TEXT, wrong).scores.numbers).toBe(0);
  });
});

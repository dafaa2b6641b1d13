import { describe, expect, it } from 'vitest';
import { IngestInputSchema } from '../../../server/documents/ingestSchema.js';
import { planIngest, referencedIds } from '../../../server/documents/planIngest.js';

const TEXT = '住建局：年内新增停车位4000个以上。济宁某某科技有限公司签约落户。';
const at = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length });
const input = IngestInputSchema.parse({
  document: { title: '某区年中进展', date: '2023-07-15', text: TEXT },
  mentions: [{ entityId: 'bureau:construction', spans: [at('住建局')] }],
  entities: [{ ref: 'c1', kind: 'ENTERPRISE', name: '济宁某某科技有限公司', spans: [at('济宁某某科技有限公司')] }],
  pledges: [{ ref: 'p1', bureau: 'bureau:construction', text: '新增停车位4000个以上', spans: [at('年内新增停车位4000个以上')], targets: ['c1'] }],
  statusChanges: [{ pledge: 'p1', status: 'in_the_works', value: 1200, spans: [at('签约落户')] }],
});
const doc = { id: 'document:abc', date: '2023-07-15' };
const ids = new Map([
  ['c1', 'enterprise:x'],
  ['p1', 'pledge:y'],
]);

describe('planIngest', () => {
  const plan = planIngest(input, doc, ids, '2023-07-16T00:00:00.000Z');

  it('makes new entities USER data citing the document, with the search keys seeded ones have', () => {
    const enterprise = plan.entities.find((e) => e.label === 'Enterprise')!.rows[0]!.props;
    expect(enterprise).toMatchObject({ id: 'enterprise:x', kind: 'ENTERPRISE', origin: 'USER', sources: '[]', userDocumentIds: ['document:abc'] });
    expect(JSON.parse((enterprise.userSources as string[])[0]!)).toEqual({
      documentId: 'document:abc',
      ...at('济宁某某科技有限公司'),
      quote: '济宁某某科技有限公司',
      documentDate: '2023-07-15',
    });
    expect(enterprise.searchKey).toContain('济宁某某科技有限公司');
  });

  it("dates a new pledge's year by its document and links it to its bureau and what it courts", () => {
    const pledge = plan.entities.find((e) => e.label === 'Pledge')!.rows[0]!.props;
    expect(pledge).toMatchObject({ id: 'pledge:y', year: 2023, bureauId: 'bureau:construction', name: '新增停车位4000个以上' });
    expect(plan.relationships.map((g) => g.rows.map((r) => r.id)).flat()).toEqual(['bureau:construction|MADE|pledge:y', 'pledge:y|TARGETS|enterprise:x']);
  });

  it('stores a status change with its date (the document’s by default), words and document', () => {
    expect(plan.statusChanges).toHaveLength(1);
    const change = JSON.parse(plan.statusChanges[0]!.change);
    expect(change).toMatchObject({ status: 'in_the_works', date: '2023-07-15', value: 1200, documentId: 'document:abc' });
    expect(change.sources[0].quote).toBe('签约落户');
    expect(plan.statusChanges[0]!.id).toBe('pledge:y');
  });

  it('names every existing id the draft refers to, with where it first does', () => {
    expect([...referencedIds(input)]).toEqual([['bureau:construction', 'input.mentions[0].entityId']]);
  });
});

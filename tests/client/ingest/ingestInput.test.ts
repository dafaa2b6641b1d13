import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../client/src/api/ingest.js';
import { ingestInput, pledgesWithoutBureau } from '../../../client/src/ingest/ingestInput.js';
import { acceptByConfidence, reviewed, reviewItems, type ReviewItem } from '../../../client/src/ingest/reviewItems.js';
import { IngestInputSchema } from '../../../server/documents/ingestSchema.js';
import { draft } from '../../../server/ingest/draft.js';
import { knownGraph } from '../../../server/ingest/knownGraph.js';
import { checkSeeds } from '../../../server/load/loadSeeds.js';

// The review's mutation input is built from a real draft of one of our own test reports (the
// server's extraction against the seeds, offline) and checked with the server's own input schema,
// so what the page sends is what ingestDocument accepts.

const TEXT = readFileSync(new URL('../../fixtures/reports/midyear-progress.md', import.meta.url), 'utf8');
const DATE = '2023-07-15';
const known = knownGraph(checkSeeds());
const serverDraft = draft(TEXT, known, { date: DATE });
const DRAFT: Draft = { ...serverDraft, document: { ...serverDraft.document, text: TEXT, encoding: 'utf-8' }, entities: [] };
const DOC = { title: '太白湖新区2023年上半年重点工作推进情况', date: DATE, source: 'https://example.org/midyear', text: TEXT };

const decide = (items: ReviewItem[], match: (item: ReviewItem) => boolean, change: Partial<ReviewItem>) =>
  items.map((item) => (match(item) ? { ...item, ...change } : item));

describe('ingestInput', () => {
  it('sends nothing of an undecided review but the document', () => {
    const input = ingestInput(DOC, reviewItems(DRAFT, DATE));
    expect(input).toMatchObject({ mentions: [], entities: [], pledges: [], statusChanges: [] });
    expect(IngestInputSchema.safeParse(input).success).toBe(true);
  });

  it('builds one valid input of the accepted items: spans with their quotes, refs, concerns, status changes', () => {
    let items = acceptByConfidence(reviewItems(DRAFT, DATE), 'high');
    const company = items.find((i) => i.item === 'candidate' && i.name === '济宁华瑞新材料有限公司')!;
    items = decide(items, (i) => i.key === company.key, { decision: 'accepted', nameEn: 'Jining Huarui New Materials' });
    const festival = items.find((i) => i.item === 'pledge' && i.quote.includes('节庆活动'))!;
    items = decide(items, (i) => i.key === festival.key, { concerns: [company.key] });
    const input = ingestInput(DOC, items);
    const parsed = IngestInputSchema.safeParse(input);
    expect(parsed.success, JSON.stringify(parsed.error?.issues[0])).toBe(true);

    // Every span is the text's words.
    const spans = [...input.mentions!, ...input.entities!, ...input.pledges!, ...input.statusChanges!].flatMap((x) => x.spans);
    for (const s of spans) expect(TEXT.slice(s.start, s.end)).toBe(s.quote);
    // The new company is an entity with its ref; the festival pledge concerns it by that ref.
    const entity = input.entities!.find((e) => e.name === '济宁华瑞新材料有限公司')!;
    expect(entity).toMatchObject({ kind: 'ENTERPRISE', nameEn: 'Jining Huarui New Materials' });
    const pledge = input.pledges!.find((p) => p.text === festival.quote)!;
    expect(pledge).toMatchObject({ bureau: 'bureau:culture-and-tourism', target: 2, unitZh: '场', due: '2023-12-31', year: 2023 });
    expect(pledge.concerns).toEqual([entity.ref]);
    // Progress linked to an earlier pledge is a status change of it (1,200 parking spaces).
    expect(input.statusChanges).toContainEqual(
      expect.objectContaining({ pledge: 'pledge:build-bo-jining-parking-spaces', status: 'in_the_works', value: 1200, unit: '个' }),
    );
    // Mentions name the entities the text names, once each, with all their spans.
    const ids = input.mentions!.map((m) => m.entityId);
    expect(ids).toContain('bureau:construction');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('leaves out rejected items, sends a merged candidate as a mention of the entity chosen, and holds back pledges without a bureau', () => {
    let items: ReviewItem[] = reviewItems(DRAFT, DATE).map((i) => ({ ...i, decision: 'accepted' as const }));
    const centre = items.find((i) => i.item === 'candidate' && i.name === '太白湖景区游客服务中心')!;
    items = decide(items, (i) => i.key === centre.key, { merge: { id: 'place:taibai-lake-scenic-area', name: '太白湖景区', kind: 'PLACE' } });
    const rejected = items.find((i) => i.item === 'pledge')!;
    items = decide(items, (i) => i.key === rejected.key, { decision: 'rejected' });
    const orphan = items.filter((i) => i.item === 'pledge')[1]!;
    items = decide(items, (i) => i.key === orphan.key, { bureau: null });
    const input = ingestInput(DOC, items);

    expect(input.pledges!.map((p) => p.text)).not.toContain(rejected.quote);
    expect(input.pledges!.map((p) => p.text)).not.toContain(orphan.quote);
    expect(pledgesWithoutBureau(items).map((i) => i.key)).toEqual([orphan.key]);
    expect(input.entities!.map((e) => e.name)).not.toContain('太白湖景区游客服务中心');
    expect(input.mentions!.find((m) => m.entityId === 'place:taibai-lake-scenic-area')?.spans).toContainEqual({
      start: centre.start,
      end: centre.end,
      quote: centre.quote,
    });
    expect(IngestInputSchema.safeParse(input).success).toBe(true);
  });
});

describe('reviewItems', () => {
  it('covers every proposal of the draft, in text order, with its words', () => {
    const items = reviewItems(DRAFT, DATE);
    const count = DRAFT.mentions.length + DRAFT.candidates.length + DRAFT.pledges.length + DRAFT.progress.length;
    expect(items).toHaveLength(count);
    expect(new Set(items.map((i) => i.key)).size).toBe(count);
    for (const [a, b] of items.slice(1).map((b, i) => [items[i]!, b] as const)) expect(a.start).toBeLessThanOrEqual(b.start);
    for (const item of items) expect(TEXT.slice(item.start, item.end)).toBe(item.quote);
  });

  it('bulk accept takes the pending items at the level or surer and keeps decisions made', () => {
    const items = reviewItems(DRAFT, DATE);
    const first = items.find((i) => i.confidence === 'high')!;
    const kept = items.map((i) => (i.key === first.key ? { ...i, decision: 'rejected' as const } : i));
    const high = acceptByConfidence(kept, 'high');
    expect(high.find((i) => i.key === first.key)!.decision).toBe('rejected');
    expect(high.filter((i) => i.decision === 'accepted').every((i) => i.confidence === 'high')).toBe(true);
    const medium = acceptByConfidence(high, 'medium');
    expect(medium.filter((i) => i.decision === 'pending').every((i) => i.confidence === 'low')).toBe(true);
    expect(reviewed(medium).done).toBeGreaterThan(reviewed(high).done);
    expect(reviewed(medium).total).toBe(items.length);
  });
});

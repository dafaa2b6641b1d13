import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../client/src/api/ingest.js';
import { createIngestSession, type IngestState } from '../../../client/src/ingest/ingestSession.js';
import { reviewGroups } from '../../../client/src/ingest/reviewGroups.js';
import { reviewItems } from '../../../client/src/ingest/reviewItems.js';
import { textSegments } from '../../../client/src/ingest/textSegments.js';
import { ingestMessages } from '../../../client/src/i18n/ingestMessages.js';

// The review's pure parts around the mutation input: marks on the text, groups by bureau, and
// the session (required fields, a review kept across a reload, one mutation of what was accepted).

const TEXT = '太白湖新区建设局\n建设局将新增停车位100个。济宁华瑞新材料有限公司已落户。';
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });
const DRAFT: Draft = {
  document: { id: 'document:x', sha256: 'a'.repeat(64), chars: TEXT.length, text: TEXT, encoding: 'utf-8' },
  mentions: [
    { entityId: 'bureau:construction', ...at('太白湖新区建设局'), text: '太白湖新区建设局' },
    { entityId: 'bureau:construction', start: TEXT.indexOf('\n建设局') + 1, end: TEXT.indexOf('\n建设局') + 4, text: '建设局' },
  ],
  candidates: [{ kind: 'ENTERPRISE', name: '济宁华瑞新材料有限公司', ...at('济宁华瑞新材料有限公司'), rule: 'candidate-company' }],
  pledges: [
    {
      bureauId: 'bureau:construction',
      text: '建设局将新增停车位100个',
      ...at('建设局将新增停车位100个'),
      metric: '停车位',
      target: 100,
      unit: '个',
      comparator: '=',
      due: null,
      concerns: [],
      confidence: 0.9,
      rule: 'commit-future',
    },
  ],
  progress: [],
  entities: [{ id: 'bureau:construction', kind: 'BUREAU', name: '太白湖新区建设局', nameEn: 'Construction Bureau' }],
};

describe('textSegments', () => {
  it('cuts the text so every item has its own marks, widest first, and leaves rejected items unmarked', () => {
    const items = reviewItems(DRAFT, '2024-01-10');
    const segments = textSegments(TEXT, items);
    expect(segments.map((s) => TEXT.slice(s.start, s.end)).join('')).toBe(TEXT);
    // The bureau's name inside the pledge's clause: both mark it, the clause first.
    const name = segments.find((s) => s.start === TEXT.indexOf('\n建设局') + 1)!;
    expect(TEXT.slice(name.start, name.end)).toBe('建设局');
    expect(name.items.map((i) => i.item)).toEqual(['pledge', 'mention']);
    const rest = segments.find((s) => TEXT.slice(s.start, s.end) === '将新增停车位100个')!;
    expect(rest.items.map((i) => i.item)).toEqual(['pledge']);
    const rejected = items.map((i) => (i.item === 'candidate' ? { ...i, decision: 'rejected' as const } : i));
    expect(textSegments(TEXT, rejected).some((s) => s.items.some((i) => i.item === 'candidate'))).toBe(false);
  });
});

describe('reviewGroups', () => {
  it('puts pledges under their bureau, pledges of no bureau last, then progress, candidates and mentions', () => {
    const items = reviewItems(DRAFT, '2024-01-10');
    const orphan = { ...items.find((i) => i.item === 'pledge')!, key: 'pledge@x', bureau: null };
    const groups = reviewGroups([...items, orphan]);
    expect(groups.map((g) => [g.group, g.bureau])).toEqual([
      ['bureau', 'bureau:construction'],
      ['bureau', null],
      ['candidate', null],
      ['mention', null],
    ]);
  });
});

describe('the review session', () => {
  const memory = () => {
    const map = new Map<string, string>();
    return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
  };
  const session = (store: ReturnType<typeof memory>, sent: unknown[] = [], searched: { text: string; kinds?: string[] }[] = []) => {
    let last: IngestState | undefined;
    const s = createIngestSession({
      lang: 'en',
      hasToken: () => true,
      draft: () => Promise.resolve(DRAFT),
      ingest: (input) => {
        sent.push(input);
        return Promise.resolve({
          existed: false,
          created: [],
          mentioned: 1,
          relationships: 1,
          statusChanges: 0,
          document: { id: 'document:x', title: 'T', date: '2024-01-10' },
        });
      },
      search: (text, kinds) => {
        searched.push({ text, kinds });
        return Promise.resolve([{ id: 'place:sihekou-port', name: '泗河口港', kind: 'PLACE' as const }]);
      },
      store,
      render: (state) => (last = state),
      saveLang: () => undefined,
      download: () => undefined,
    });
    return { s, last: () => last! };
  };

  it('requires a title and a real date before drafting', async () => {
    const { s, last } = session(memory());
    await s.draft({ text: TEXT });
    expect(last().fieldErrors).toEqual({ title: true, date: true });
    s.setField('title', 'T');
    s.setField('date', '2024-02-30');
    await s.draft({ text: TEXT });
    expect(last().fieldErrors).toEqual({ title: false, date: true });
    expect(last().draft).toBeNull();
  });

  it('keeps the review across a reload, and saves the accepted items in one mutation', async () => {
    const store = memory();
    const first = session(store);
    first.s.setField('title', 'T');
    first.s.setField('date', '2024-01-10');
    await first.s.draft({ text: TEXT });
    first.s.acceptAll('high');
    const rejected = first.last().items.find((i) => i.item === 'candidate')!;
    first.s.decide(rejected.key, 'rejected');

    const sent: unknown[] = [];
    const reloaded = session(store, sent);
    expect(reloaded.s.state().items).toEqual(first.last().items);
    expect(ingestMessages('en').progress(3, 3)).toBe('3 of 3 reviewed');
    await reloaded.s.save();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ document: { title: 'T', date: '2024-01-10' }, entities: [], pledges: [{ bureau: 'bureau:construction', target: 100 }] });
    expect(reloaded.last().phase).toBe('saved');
  });

  it('links by search, never by typed ids: concerns from what a pledge may concern, kept by name across a reload and saved', async () => {
    const store = memory();
    const searched: { text: string; kinds?: string[] }[] = [];
    const first = session(store, [], searched);
    first.s.setField('title', 'T');
    first.s.setField('date', '2024-01-10');
    await first.s.draft({ text: TEXT });
    first.s.acceptAll('high');
    const pledge = first.last().items.find((i) => i.item === 'pledge')!;
    await first.s.openPicker(pledge.key, '泗河口', 'concerns');
    // The picker asks only for kinds a pledge may concern: no bureau, pledge or document.
    expect(searched.at(-1)!.kinds).toEqual(expect.arrayContaining(['PROJECT', 'PLACE', 'ENTERPRISE']));
    expect(searched.at(-1)!.kinds).not.toContain('BUREAU');
    expect(searched.at(-1)!.kinds).not.toContain('PLEDGE');
    first.s.pick(pledge.key, first.last().picker!.hits[0]!);
    expect(first.last().picker).toBeNull();
    const linked = first.last().items.find((i) => i.key === pledge.key)!;
    expect(linked.concerns).toEqual(['place:sihekou-port']);
    expect(linked.names).toEqual({ 'place:sihekou-port': { name: '泗河口港', nameEn: null } });

    const sent: unknown[] = [];
    const reloaded = session(store, sent);
    expect(reloaded.s.state().items.find((i) => i.key === pledge.key)!.names).toEqual({ 'place:sihekou-port': { name: '泗河口港', nameEn: null } });
    await reloaded.s.save();
    expect(sent[0]).toMatchObject({ pledges: [{ concerns: ['place:sihekou-port'] }] });
    reloaded.s.unlink(pledge.key, 'place:sihekou-port');
    expect(reloaded.s.state().items.find((i) => i.key === pledge.key)!.concerns).toEqual([]);
  });

  it('picks the pledge a progress item reports on among pledges only, and a mention’s entity among all kinds but documents', async () => {
    const searched: { text: string; kinds?: string[] }[] = [];
    const { s, last } = session(memory(), [], searched);
    s.setField('title', 'T');
    s.setField('date', '2024-01-10');
    await s.draft({ text: TEXT });
    const mention = last().items.find((i) => i.item === 'mention')!;
    await s.openPicker(mention.key, '港', 'entity');
    expect(searched.at(-1)!.kinds).not.toContain('DOCUMENT');
    s.pick(mention.key, { id: 'place:sihekou-port', name: '泗河口港', kind: 'PLACE' });
    expect(last().items.find((i) => i.key === mention.key)!.entityId).toBe('place:sihekou-port');
    await s.openPicker(mention.key, '停车', 'pledge');
    expect(searched.at(-1)!.kinds).toEqual(['PLEDGE']);
    // A merge picker merges, as before.
    await s.openPicker(mention.key, '港', 'merge');
    expect(searched.at(-1)!.kinds).toBeUndefined();
    s.pick(mention.key, { id: 'place:sihekou-port', name: '泗河口港', kind: 'PLACE' });
    expect(last().items.find((i) => i.key === mention.key)!.merge).toEqual({ id: 'place:sihekou-port', name: '泗河口港', kind: 'PLACE' });
  });
});

import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../../client/src/api/ingest.js';
import { ingestInput } from '../../../client/src/ingest/ingestInput.js';
import { acceptByConfidence, reviewItems } from '../../../client/src/ingest/reviewItems.js';
import { seedFiles } from '../../../client/src/ingest/seedFiles.js';
import { documentIdentity } from '../../../server/documents/documentIdentity.js';
import { draft } from '../../../server/ingest/draft.js';
import { knownGraph } from '../../../server/ingest/knownGraph.js';
import { statusHistory } from '../../../server/documents/statusHistory.js';
import { checkSeeds } from '../../../server/load/loadSeeds.js';
import type { SourceSpan } from '../../../server/load/SeedGraph.js';
import { ROOT } from '../../helpers/spawnApp.js';

// "Export as seeds" writes files the seeds' own loader accepts: they are added to a copy of
// seeds/ and validated by checkSeeds, so the format cannot drift from the loader's.

const TEXT = readFileSync(new URL('../../fixtures/reports/pledges-2024.txt', import.meta.url), 'utf8');
const DATE = '2024-01-10';
const known = knownGraph(checkSeeds());
const serverDraft = draft(TEXT, known, { date: DATE });
const DRAFT: Draft = { ...serverDraft, document: { ...serverDraft.document, text: TEXT, encoding: 'utf-8' }, entities: [] };
const { sha256 } = documentIdentity(TEXT);
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of seeds/ with the exported files added; checkSeeds over it. */
function loadWith(files: { path: string; content: string }[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'seed-export-'));
  dirs.push(dir);
  const seeds = path.join(dir, 'seeds');
  cpSync(path.join(ROOT, 'seeds'), seeds, { recursive: true });
  for (const file of files) {
    mkdirSync(path.dirname(path.join(seeds, file.path)), { recursive: true });
    writeFileSync(path.join(seeds, file.path), file.content);
  }
  return checkSeeds(seeds);
}

describe('seedFiles', () => {
  it("exports the document and the accepted entities and pledges in a format the seeds' loader accepts", () => {
    let items = acceptByConfidence(reviewItems(DRAFT, DATE), 'medium');
    // A new company, accepted, that a pledge concerns.
    items = items.map((i) =>
      i.item === 'candidate' && i.name === '山东鲁信智造集团' ? { ...i, decision: 'accepted', nameEn: 'Shandong Luxin Intelligent Manufacturing Group' } : i,
    );
    const input = ingestInput({ title: '太白湖新区2024年各部门工作承诺', date: DATE, source: 'https://example.org/2024', text: TEXT }, items);
    expect(input.pledges!.length).toBeGreaterThan(3);

    const files = seedFiles(input, sha256);
    expect(files.find((f) => f.path.endsWith('.txt'))!.content).toBe(TEXT);
    const graph = loadWith(files);
    const doc = graph.nodes.find((n) => n.label === 'Document' && n.props.sha256 === sha256)!;
    expect(doc.props).toMatchObject({ title: '太白湖新区2024年各部门工作承诺', date: DATE, source: 'https://example.org/2024' });
    // Every accepted pledge is a pledge of the graph, MADE by its bureau, citing the new document's words.
    for (const pledge of input.pledges!) {
      const node = graph.nodes.find((n) => n.label === 'Pledge' && n.props.text === pledge.text);
      expect(node, pledge.text).toBeDefined();
      expect(graph.edges.some((e) => e.type === 'MADE' && e.from === pledge.bureau && e.to === node!.id)).toBe(true);
      expect(String(node!.props.sources)).toContain(doc.id);
    }
    const company = graph.nodes.find((n) => n.props.name === '山东鲁信智造集团')!;
    expect(company).toMatchObject({ label: 'Enterprise' });
    expect(company.props.nameEn).toBe('Shandong Luxin Intelligent Manufacturing Group');
    expect(graph.edges.some((e) => e.type === 'CONCERNS' && e.to === company.id)).toBe(true);
  });

  it('names the ids the server gave, after a save', () => {
    const items = acceptByConfidence(reviewItems(DRAFT, DATE), 'high');
    const input = ingestInput({ title: 'T', date: DATE, source: '', text: TEXT }, items);
    const ref = input.pledges![0]!.ref;
    const graph = loadWith(seedFiles(input, sha256, new Map([[ref, 'pledge:develop-twelve-tech-firms']])));
    expect(graph.nodes.find((n) => n.id === 'pledge:develop-twelve-tech-firms')?.props.text).toBe(input.pledges![0]!.text);
  });

  it("exports a progress report's mentions and status changes, which the loaded seeds give the curated entities and pledges", () => {
    const text = readFileSync(new URL('../../fixtures/reports/midyear-progress.md', import.meta.url), 'utf8');
    const date = '2023-07-15';
    const fromServer = draft(text, known, { date });
    const progress: Draft = { ...fromServer, document: { ...fromServer.document, text, encoding: 'utf-8' }, entities: [] };
    const items = acceptByConfidence(reviewItems(progress, date), 'medium');
    const input = ingestInput({ title: '上半年重点工作推进情况', date, source: '', text }, items);
    expect(input.mentions!.length).toBeGreaterThan(3);
    expect(input.statusChanges!.length).toBeGreaterThan(0);

    const graph = loadWith(seedFiles(input, documentIdentity(text).sha256));
    const node = (id: string) => graph.nodes.find((n) => n.id === id)!;
    const key = (span: { start: number; end: number }) => `${span.start}-${span.end}`;
    for (const mention of input.mentions!) {
      const cited = (JSON.parse(String(node(mention.entityId).props.sources)) as SourceSpan[]).filter(
        (span) => span.documentId === `document:${documentIdentity(text).sha256.slice(0, 16)}`,
      );
      expect(cited.map(key), mention.entityId).toEqual(expect.arrayContaining(mention.spans.map(key)));
    }
    for (const change of input.statusChanges!) {
      const pledge = node(change.pledge);
      const history = statusHistory({ ...pledge.props, sources: JSON.parse(String(pledge.props.sources)) as SourceSpan[] });
      const found = history.find((c) => !c.derived && c.status === change.status && c.sources.some((span) => key(span) === key(change.spans[0]!)));
      expect(found, `${change.pledge} ${change.status}`).toMatchObject({
        date: change.date ?? date,
        ...(typeof change.value === 'number' ? { value: change.value } : {}),
      });
    }
  });

  it('exports TARGETS, PARTNERS and the draft’s own relationships, one per triple, with a note in both languages', () => {
    const quote = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length, quote: words });
    const firm = '山东鲁信智造集团';
    const words = TEXT.slice(TEXT.indexOf(firm) - 10, TEXT.indexOf(firm) + firm.length);
    const input = {
      document: { title: 'T', date: DATE, text: TEXT },
      entities: [{ ref: 'firm', kind: 'ENTERPRISE' as const, name: firm, category: 'manufacturing', spans: [quote(firm)] }],
      pledges: [
        { ref: 'p', bureau: 'bureau:investment-promotion', text: words, spans: [quote(words)], targets: ['firm'], partners: ['firm'], concerns: ['firm'] },
      ],
      relationships: [
        { type: 'CONCERNS' as const, from: 'p', to: 'firm', spans: [quote(firm)], note: 'named in the same clause' },
        { type: 'LOCATED_IN' as const, from: 'firm', to: 'place:taibai-lake-new-district', spans: [quote(firm)] },
      ],
    };
    const graph = loadWith(
      seedFiles(
        input,
        sha256,
        new Map([
          ['firm', 'enterprise:luxin'],
          ['p', 'pledge:court-luxin'],
        ]),
      ),
    );
    const edge = (type: string, from: string, to: string) => graph.edges.find((e) => e.type === type && e.from === from && e.to === to);
    expect(edge('TARGETS', 'pledge:court-luxin', 'enterprise:luxin')).toBeDefined();
    expect(edge('PARTNERS', 'pledge:court-luxin', 'enterprise:luxin')).toBeDefined();
    expect(edge('LOCATED_IN', 'enterprise:luxin', 'place:taibai-lake-new-district')).toBeDefined();
    const concerns = edge('CONCERNS', 'pledge:court-luxin', 'enterprise:luxin')!;
    expect(concerns.props).toMatchObject({ note: 'named in the same clause', noteZh: 'named in the same clause' });
    expect((JSON.parse(String(concerns.props.sources)) as SourceSpan[]).map((span) => span.quote)).toEqual([words, firm]);
    expect(graph.nodes.find((n) => n.id === 'enterprise:luxin')!.props.category).toBe('manufacturing');
  });
});

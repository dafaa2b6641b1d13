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
import { checkSeeds } from '../../../server/load/loadSeeds.js';
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
});

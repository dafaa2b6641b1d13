import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageTables } from '../../../server/coverage/coverageTables.js';
import { updateCoverage } from '../../../server/coverage/updateCoverage.js';
import { checkSeeds, SEEDS_DIR } from '../../../server/load/loadSeeds.js';
import type { SeedGraph } from '../../../server/load/SeedGraph.js';

const TEXT = 'Heading\nThe bureau will grow turnover by 10% or more.\nIt will build the par';

const graph: SeedGraph = {
  nodes: [
    { id: 'document:d', label: 'Document', props: { text: TEXT } },
    { id: 'bureau:b', label: 'Bureau', props: { name: '局', nameEn: 'Bureau', position: 0 } },
    {
      id: 'pledge:grow',
      label: 'Pledge',
      props: { name: 'grow', text: 'grow turnover', position: TEXT.indexOf('grow'), metric: 'turnover growth', target: 10, unit: '%', comparator: '≥' },
    },
    { id: 'pledge:park', label: 'Pledge', props: { name: 'build the par…', text: 'build the par', position: TEXT.indexOf('build'), attributionNote: 'why' } },
    { id: 'place:park', label: 'Place', props: { name: 'park' } },
  ],
  edges: [
    // Out of reading order on purpose: the table follows the article.
    { id: 'e1', type: 'MADE', from: 'bureau:b', to: 'pledge:park', props: {} },
    { id: 'e2', type: 'MADE', from: 'bureau:b', to: 'pledge:grow', props: {} },
    { id: 'e3', type: 'CONCERNS', from: 'pledge:park', to: 'place:park', props: { confidence: 'medium' } },
  ],
  walkthroughs: [],
};

describe('coverage tables', () => {
  it('list each bureau’s pledges in reading order with line, numbers, marks and links', () => {
    const { pledges, counts } = coverageTables(graph);
    expect(pledges.split('\n')).toEqual([
      '### 局 — Bureau (`bureau:b`, 2 pledges)',
      '',
      '| # | id | line | text (exact source words) | numbers | links |',
      '|---|---|---|---|---|---|',
      '| 1 | `pledge:grow` | 2 | grow turnover | ≥ 10 % (turnover growth) |  |',
      '| 2 | `pledge:park` ⚑✂ | 3 | build the par |  | CONCERNS `place:park` (medium) |',
    ]);
    expect(counts).toContain('| pledge | 2 |');
    expect(counts).toContain('| **total** | **4** |'); // the document is not counted
    expect(counts).toContain('| MADE | 2 |');
  });

  it('keep the prose around the generated regions and refuse a file without markers', () => {
    const region = (name: string, body: string) =>
      `<!-- generated:${name}:begin (npm run coverage) -->\n${body}\n<!-- generated:${name}:end (npm run coverage) -->`;
    const before = `# Title\nprose\n${region('pledges', 'old')}\nmore prose\n${region('counts', 'old')}\n`;
    const after = updateCoverage(before, graph);
    expect(after).toMatch(/^# Title\nprose\n/);
    expect(after).toContain('more prose');
    expect(after).not.toContain('old');
    expect(updateCoverage(after, graph)).toBe(after);
    expect(() => updateCoverage('# no markers', graph)).toThrow(/markers of the "pledges" region/);
  });

  it('in seeds/COVERAGE.md are current with the seeds (run npm run coverage)', () => {
    const markdown = readFileSync(path.join(SEEDS_DIR, 'COVERAGE.md'), 'utf8');
    expect(updateCoverage(markdown, checkSeeds())).toBe(markdown);
  });
});

import type { SeedGraph } from '../load/SeedGraph.js';
import { coverageTables } from './coverageTables.js';

/** The generated regions of COVERAGE.md: everything between a begin and an end marker. */
export const REGIONS = ['pledges', 'counts'] as const;

const marker = (region: string, end: 'begin' | 'end') => `<!-- generated:${region}:${end} (npm run coverage) -->`;

/** COVERAGE.md with its generated regions rewritten from the graph; the prose around them is kept. */
export function updateCoverage(markdown: string, graph: SeedGraph): string {
  const tables = coverageTables(graph);
  let out = markdown;
  for (const region of REGIONS) {
    const begin = marker(region, 'begin');
    const end = marker(region, 'end');
    const from = out.indexOf(begin);
    const to = out.indexOf(end);
    if (from < 0 || to < from) throw new Error(`COVERAGE.md lacks the markers of the "${region}" region: ${begin} … ${end}`);
    out = `${out.slice(0, from + begin.length)}\n\n${tables[region]}\n\n${out.slice(to)}`;
  }
  return out;
}

import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkSeeds, SEEDS_DIR } from '../../server/load/loadSeeds.js';
import { SeedValidationError } from '../../server/load/SeedError.js';

/**
 * A throw-away seeds folder: the real documents plus the given graph files
 * (relative path → YAML text). Returns the folder's path.
 */
export function seedFixture(graphFiles: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'pledge-graph-seeds-'));
  const seeds = path.join(root, 'seeds');
  cpSync(path.join(SEEDS_DIR, 'documents'), path.join(seeds, 'documents'), { recursive: true });
  for (const [file, text] of Object.entries(graphFiles)) {
    const target = path.join(seeds, 'graph', file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return seeds;
}

/** 1-based line of the first line containing `marker` (fixtures mark the line an error must name). */
export function lineOf(text: string, marker: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(marker));
  if (index < 0) throw new Error(`marker ${marker} not in fixture`);
  return index + 1;
}

/** The problems `checkSeeds` reports for the seeds in `dir`, one per line (none: they are accepted). */
export function seedProblems(dir: string): string[] {
  try {
    checkSeeds(dir);
  } catch (error) {
    if (error instanceof SeedValidationError) return error.message.split('\n').slice(1);
    throw error;
  }
  return [];
}

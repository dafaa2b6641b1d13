// `npm run coverage` rewrites the generated tables of seeds/COVERAGE.md from the seeds;
// `npm run coverage -- --check` only reports whether they are current (exit 1 when stale).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkSeeds, SEEDS_DIR } from '../load/loadSeeds.js';
import { SeedValidationError } from '../load/SeedError.js';
import { updateCoverage } from '../coverage/updateCoverage.js';

const file = path.join(SEEDS_DIR, 'COVERAGE.md');
try {
  const current = readFileSync(file, 'utf8');
  const next = updateCoverage(current, checkSeeds());
  if (process.argv.includes('--check')) {
    console.log(next === current ? 'COVERAGE.md is current.' : 'COVERAGE.md is stale: run npm run coverage');
    process.exit(next === current ? 0 : 1);
  }
  writeFileSync(file, next);
  console.log(next === current ? 'COVERAGE.md was already current.' : 'COVERAGE.md updated.');
} catch (error) {
  console.error(error instanceof SeedValidationError ? error.message : error);
  process.exit(1);
}

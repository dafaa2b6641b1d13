import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../../../server/load/loadSeeds.js';
import { seedFixture, seedProblems } from '../../helpers/seedFixture.js';

/** The real graph files, relative to seeds/graph/, with one line of one file replaced. */
function realSeedsWith(file: string, line: number, change: (text: string) => string): Record<string, string> {
  const graphDir = path.join(SEEDS_DIR, 'graph');
  const files = readdirSync(graphDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
  const texts = Object.fromEntries(files.map((f) => [f, readFileSync(path.join(graphDir, f), 'utf8')]));
  const lines = texts[file]!.split('\n');
  lines[line - 1] = change(lines[line - 1]!);
  return { ...texts, [file]: lines.join('\n') };
}

/** The 1-based number of the first line of a graph file matching `pattern`: tests pick a line by what it holds, not by a number the curators' edits move. */
function lineOf(file: string, pattern: RegExp): number {
  const lines = readFileSync(path.join(SEEDS_DIR, 'graph', file), 'utf8').split('\n');
  const index = lines.findIndex((line) => pattern.test(line));
  if (index < 0) throw new Error(`no line of ${file} matches ${String(pattern)}`);
  return index + 1;
}

// A key of an entity inside the list, after its `- id:` line.
const KEY_LINE = lineOf('projects.yaml', /^ {4}name: /);

function problemsOf(dir: string): string[] {
  const problems = seedProblems(dir);
  if (!problems.length) throw new Error('the seeds were accepted');
  return problems;
}

// One slip of indentation in one file used to bury its cause under dozens of "unknown id"
// problems elsewhere (every id the broken file defined). The cause now comes alone.
describe('YAML syntax errors in the seeds', () => {
  it('a tab as indentation: one problem, at its file, line and column, and no knock-on errors', () => {
    const problems = problemsOf(seedFixture(realSeedsWith('projects.yaml', KEY_LINE, (text) => `\t${text.trimStart()}`)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(
        `^seeds/graph/projects\\.yaml:${KEY_LINE}:1: YAML: Tabs are not allowed as indentation \\(fix this first: \\d+ more YAML errors in this file may follow from it\\)$`,
      ),
    );
  });

  it('a line indented too far: the same, naming the line', () => {
    const problems = problemsOf(seedFixture(realSeedsWith('projects.yaml', KEY_LINE, (text) => `   ${text}`)));
    expect(problems).toEqual([`seeds/graph/projects.yaml:${KEY_LINE}:1: YAML: All mapping items must start at the same column`]);
  });

  it('an unclosed bracket in a new file', () => {
    const problems = problemsOf(seedFixture({ 'broken.yaml': 'entities:\n  - id: "place:x"\n    name: [unclosed\n' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^seeds\/graph\/broken\.yaml:\d+:\d+: YAML: /);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SEEDS_DIR } from '../../../server/load/loadSeeds.js';
import { seedFixture, seedProblems } from '../../helpers/seedFixture.js';

const graphDir = path.join(SEEDS_DIR, 'graph');
const files = readdirSync(graphDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
const realTexts = Object.fromEntries(files.map((f) => [f, readFileSync(path.join(graphDir, f), 'utf8')]));

/** The real seeds with the first line of `file` matching `pattern` rewritten. Returns them and that line. */
function realSeedsWith(file: string, pattern: RegExp, change: (line: string) => string) {
  const lines = realTexts[file]!.split('\n');
  const index = lines.findIndex((line) => pattern.test(line));
  if (index < 0) throw new Error(`${String(pattern)} not in ${file}`);
  lines[index] = change(lines[index]!);
  return { seeds: { ...realTexts, [file]: lines.join('\n') }, line: index + 1 };
}

// The Chinese UI must never show an English note: the loader refuses a note without its Chinese form.
describe('every curated note has its Chinese form', () => {
  it('a pledge attribution note without attributionNoteZh: refused at file:line of the note', () => {
    const file = 'pledges/investment-promotion.yaml';
    const zh = realSeedsWith(file, /^\s+attributionNoteZh: /, () => '');
    const noteLine = zh.line - 1;
    const problems = seedProblems(seedFixture(zh.seeds));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(
        `^seeds/graph/pledges/investment-promotion\\.yaml:${noteLine}: entities\\[\\d+\\]\\.attributionNote: needs its Chinese form "attributionNoteZh"`,
      ),
    );
  });

  it('an entity note without noteZh, and a relationship note (flow style) without noteZh', () => {
    const entity = realSeedsWith('places.yaml', /^\s+noteZh: /, () => '');
    const relationship = realSeedsWith('pledges/culture-and-tourism.yaml', /\{ type: .*, noteZh: /, (line) => line.replace(/, noteZh: "[^"]*"/, ''));
    const problems = seedProblems(
      seedFixture({ ...entity.seeds, 'pledges/culture-and-tourism.yaml': relationship.seeds['pledges/culture-and-tourism.yaml']! }),
    );
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^seeds/graph/places\\.yaml:${entity.line - 1}: entities\\[\\d+\\]\\.note: needs its Chinese form "noteZh"`)),
      expect.stringMatching(
        new RegExp(`^seeds/graph/pledges/culture-and-tourism\\.yaml:${relationship.line}: relationships\\[\\d+\\]\\.note: needs its Chinese form "noteZh"`),
      ),
    ]);
  });

  it('a unit in words needs unitZh; a symbol unit (%) does not', () => {
    const { seeds, line } = realSeedsWith('pledges/construction.yaml', /^\s+unitZh: /, () => '');
    expect(seedProblems(seedFixture(seeds))).toEqual([
      expect.stringMatching(new RegExp(`^seeds/graph/pledges/construction\\.yaml:${line - 1}: entities\\[\\d+\\]\\.unit: `)),
    ]);
    const percent = Object.values(realTexts)
      .join('\n')
      .match(/^\s+unit: "%"\n(?!\s+unitZh)/m);
    expect(percent).not.toBeNull();
  });

  // "Keep the quoted Chinese words exact": every run of Chinese an English note quotes from the
  // article appears, character for character, in its Chinese form.
  it('each Chinese form keeps the Chinese words its English note quotes', () => {
    const pairs: [string, string][] = [];
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        for (const field of ['note', 'attributionNote']) {
          if (typeof record[field] === 'string') pairs.push([record[field], String(record[`${field}Zh`])]);
        }
        Object.values(record).forEach(visit);
      }
    };
    Object.values(realTexts).forEach((text) => visit(parse(text)));
    expect(pairs.length).toBeGreaterThan(100);
    const lost = pairs.flatMap(([en, zh]) =>
      (en.match(/[\u3400-\u9fff0-9#“”、，…+]*[\u3400-\u9fff][\u3400-\u9fff0-9#“”、，…+]*/gu) ?? [])
        .filter((run) => !zh.includes(run))
        .map((run) => `${run} in ${zh}`),
    );
    expect(lost).toEqual([]);
  });
});

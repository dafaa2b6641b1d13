import { BadUserInputError } from '../errors.js';
import { parseSeedFile, type Path } from '../load/parseSeedFile.js';
import { formatProblem } from '../load/SeedError.js';
import { WalkthroughFileSchema, type WalkthroughFile } from './walkthroughSchema.js';

/** The problems a refusal lists; the rest are counted. */
const SHOWN = 10;

/**
 * A walkthrough file sent to importWalkthrough, read exactly as the seed loader reads
 * seeds/walkthroughs: the same schema and the same `line:col: what` reports, under the argument's
 * name (`yaml:3:7: …`). A bad file is BAD_USER_INPUT naming the argument `yaml`, with the first
 * problem's line (and column, for a syntax error) in extensions.
 */
export function parseWalkthroughYaml(source: string): { walkthrough: WalkthroughFile; lineOf: (path: Path) => number } {
  let parsed;
  try {
    parsed = parseSeedFile('yaml', source, WalkthroughFileSchema);
  } catch (error) {
    // The YAML library refuses alias bombs and the like by throwing: still the sender's file.
    throw new BadUserInputError('yaml', `is not a walkthrough file: ${(error as Error).message.split('\n')[0]}`);
  }
  if (parsed.data) return { walkthrough: parsed.data, lineOf: (path) => parsed.lineOf(path) };
  const problems = parsed.problems.length > 0 ? parsed.problems : [{ file: 'yaml', line: 1, message: 'is not a walkthrough file' }];
  const first = problems[0]!;
  const more = problems.length > SHOWN ? `\n… and ${problems.length - SHOWN} more` : '';
  throw new BadUserInputError('yaml', `is not a valid walkthrough file:\n${problems.slice(0, SHOWN).map(formatProblem).join('\n')}${more}`, {
    line: first.line,
    ...(first.column ? { column: first.column } : {}),
  });
}

/** One problem in a seed file, located to the line a curator has to fix. */
export interface SeedProblem {
  file: string;
  line: number;
  message: string;
}

export function formatProblem({ file, line, message }: SeedProblem): string {
  return `${file}:${line}: ${message}`;
}

/** Thrown when any seed file is invalid; nothing has been written when it is. */
export class SeedValidationError extends Error {
  override name = 'SeedValidationError';
  constructor(readonly problems: SeedProblem[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the seed files:\n${problems.map(formatProblem).join('\n')}`);
  }
}

/** One problem in a seed file, located to the line a curator has to fix. */
export interface SeedProblem {
  file: string;
  line: number;
  /** 1-based; given where the column matters (YAML syntax). */
  column?: number;
  message: string;
  /** The file is not well-formed YAML: the other problems may only follow from this one. */
  syntax?: boolean;
}

export function formatProblem({ file, line, column, message }: SeedProblem): string {
  return `${file}:${line}${column ? `:${column}` : ''}: ${message}`;
}

/** Thrown when any seed file is invalid; nothing has been written when it is. */
export class SeedValidationError extends Error {
  override name = 'SeedValidationError';
  constructor(readonly problems: SeedProblem[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the seed files:\n${problems.map(formatProblem).join('\n')}`);
  }
}

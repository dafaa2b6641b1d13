import { closeSync, openSync, readSync, statSync } from 'node:fs';

/** Where Neo4j's log ends now: what it writes from here on belongs to the start that follows. */
export function logSize(logFile: string): number {
  try {
    return statSync(logFile).size;
  } catch {
    return 0; // a first start: no log yet
  }
}

const ENTRY = /^\d{4}-\d\d-\d\d \S+ (\w+) /;
/** An exception's line, with the classes that wrap its message: `Caused by: a.B: c.D: message`. */
const EXCEPTION = /^(?:Caused by: )?(?:[\w$.]+(?:Exception|Error): )+(.+)$/;

/**
 * The deepest cause of the first ERROR Neo4j logged after byte `from`: its own words for why a
 * database did not start ("Store files [...] is(are) missing ..."), which it tells no client.
 * The first, because what fails later (the shutdown that follows) is a consequence; the
 * deepest, because a Java trace wraps the cause in layers and the innermost one explains.
 */
export function firstLoggedError(logFile: string, from: number): string | null {
  let text: string;
  try {
    const size = statSync(logFile).size;
    const start = size < from ? 0 : from; // rotated meanwhile: the new file is all this start's
    const buffer = Buffer.alloc(size - start);
    const fd = openSync(logFile, 'r');
    try {
      readSync(fd, buffer, 0, buffer.length, start);
    } finally {
      closeSync(fd);
    }
    text = buffer.toString('utf8');
  } catch {
    return null;
  }
  let cause: string | null = null;
  let inError = false;
  for (const line of text.split('\n')) {
    const entry = ENTRY.exec(line);
    if (entry) {
      if (cause !== null) break; // the first error's entry has ended
      inError = entry[1] === 'ERROR';
      if (inError) cause = line.slice(entry[0].length).trim();
      continue;
    }
    const exception = inError ? EXCEPTION.exec(line.trim()) : null;
    if (exception) cause = exception[1]!.trim();
  }
  return cause;
}

import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { firstLoggedError, logSize } from '../../../server/neo4j/firstLoggedError.js';

// As Neo4j 5.26 wrote it when a store file was missing (stack frames shortened).
const FAILED_START = `2026-11-30 08:05:51.263+0000 WARN  [o.n.k.d.Database] [neo4j/9543735c] Exception occurred while starting the database. Trying to stop already started components.
java.lang.RuntimeException: Store files [/data/databases/neo4j/neostore.propertystore.db.strings] is(are) missing and recovery is not possible. Please restore from a consistent backup.
\tat org.neo4j.kernel.recovery.Recovery.checkAllFilesPresence(Recovery.java:853)
2026-11-30 08:05:51.289+0000 ERROR [o.n.d.d.DatabaseLifecycles] Failed to start DatabaseId{9543735c[neo4j]}
java.lang.RuntimeException: java.lang.RuntimeException: Store files [/data/databases/neo4j/neostore.propertystore.db.strings] is(are) missing and recovery is not possible. Please restore from a consistent backup.
\tat org.neo4j.kernel.database.AbstractDatabase.handleStartupFailure(AbstractDatabase.java:222)
Caused by: java.lang.RuntimeException: Store files [/data/databases/neo4j/neostore.propertystore.db.strings] is(are) missing and recovery is not possible. Please restore from a consistent backup.
\tat org.neo4j.kernel.recovery.Recovery.checkAllFilesPresence(Recovery.java:853)
\t... 18 more
2026-11-30 08:05:51.652+0000 INFO  [o.n.b.p.c.c.n.SocketNettyConnector] Bolt enabled on localhost:41691.
2026-11-30 08:06:14.819+0000 ERROR [o.n.b.BoltServer] Termination of boss event loop group has exceeded maximum permitted duration
`;

const dirs: string[] = [];
const logFile = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pledge-graph-log-'));
  dirs.push(dir);
  return path.join(dir, 'debug.log');
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("the cause of a failed start, from Neo4j's log", () => {
  it('is the innermost cause of the first error, without the exception class', () => {
    const file = logFile();
    writeFileSync(file, FAILED_START);
    expect(firstLoggedError(file, 0)).toBe(
      'Store files [/data/databases/neo4j/neostore.propertystore.db.strings] is(are) missing and recovery is not possible. Please restore from a consistent backup.',
    );
  });

  it('ignores what earlier starts logged', () => {
    const file = logFile();
    writeFileSync(file, FAILED_START);
    const from = logSize(file);
    appendFileSync(file, '2026-11-30 09:00:00.000+0000 INFO  [o.n.b.p.c.c.n.SocketNettyConnector] Bolt enabled on localhost:7687.\n');
    expect(firstLoggedError(file, from)).toBeNull();
    appendFileSync(file, '2026-11-30 09:00:01.000+0000 ERROR [o.n.d.d.DatabaseLifecycles] Failed to start DatabaseId{9543735c[neo4j]}\n');
    expect(firstLoggedError(file, from)).toBe('[o.n.d.d.DatabaseLifecycles] Failed to start DatabaseId{9543735c[neo4j]}');
  });

  it('reads a log that was rotated since, from its start', () => {
    const file = logFile();
    writeFileSync(file, FAILED_START);
    expect(firstLoggedError(file, FAILED_START.length * 2)).toContain('is(are) missing');
  });

  it('is null when there is no log yet', () => {
    const file = logFile();
    expect(logSize(file)).toBe(0);
    expect(firstLoggedError(file, 0)).toBeNull();
  });
});

import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { EmbeddedNeo4jError } from './EmbeddedNeo4jError.js';

export interface DataDirLock {
  /** Gives the folder up; safe to call twice, and synchronous so that an exit handler can. */
  release(): void;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, it is only someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * One embedded Neo4j per data folder. Taken before anything in the folder is written (the
 * password, neo4j.conf, the store), so a second `npm start` on the same folder is refused
 * without touching the first one's files. A lock left by a process that died is taken over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'app.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let held = true;
      return {
        release() {
          if (!held) return;
          held = false;
          try {
            unlinkSync(file);
          } catch {
            // Already gone: nothing to give up.
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new EmbeddedNeo4jError(
          `The data folder ${dataDir} is in use by another running app (process ${owner}): stop it, or set NEO4J_DATA_DIR to another folder.`,
        );
      }
      unlinkSync(file); // left by a process that is gone
    }
  }
  throw new EmbeddedNeo4jError(`Could not lock the data folder ${dataDir}: another app is starting on it at the same moment.`);
}

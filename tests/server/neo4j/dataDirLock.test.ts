import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir } from '../../../server/neo4j/dataDirLock.js';

const dirs: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pledge-graph-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('one app per data folder', () => {
  it('holds the folder until released, then lets the next start take it', () => {
    const dir = dataDir();
    const lock = lockDataDir(dir);
    expect(readFileSync(path.join(dir, 'app.lock'), 'utf8')).toBe(String(process.pid));
    lock.release();
    lock.release();
    expect(existsSync(path.join(dir, 'app.lock'))).toBe(false);
    lockDataDir(dir).release();
  });

  it('refuses a folder a running process holds, naming it and what to do', () => {
    const dir = dataDir();
    writeFileSync(path.join(dir, 'app.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(`is in use by another running app (process ${process.ppid}): stop it, or set NEO4J_DATA_DIR`);
    expect(readFileSync(path.join(dir, 'app.lock'), 'utf8')).toBe(String(process.ppid));
  });

  it('takes over a lock left by a process that died', () => {
    const dir = dataDir();
    const gone = spawnSync(process.execPath, ['-e', 'process.pid']).pid;
    writeFileSync(path.join(dir, 'app.lock'), String(gone));
    const lock = lockDataDir(dir);
    expect(readFileSync(path.join(dir, 'app.lock'), 'utf8')).toBe(String(process.pid));
    lock.release();
  });
});

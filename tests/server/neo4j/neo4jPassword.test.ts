import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureNeo4jPassword, passwordFile } from '../../../server/neo4j/neo4jPassword.js';

const dirs: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pledge-graph-password-'));
  dirs.push(dir);
  return path.join(dir, 'neo4j'); // not there yet, as on a first start
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the embedded Neo4j password', () => {
  it('is made once, random, in a file of mode 0600, and the same at every later start', () => {
    const dir = dataDir();
    const first = ensureNeo4jPassword(dir);
    expect(first).toMatch(/^[\w-]{32}$/);
    expect(statSync(passwordFile(dir)).mode & 0o777).toBe(0o600);
    expect(ensureNeo4jPassword(dir)).toBe(first);
    expect(ensureNeo4jPassword(dataDir())).not.toBe(first);
  });

  it('tightens a file others could read, and keeps a password the owner wrote', () => {
    const dir = dataDir();
    ensureNeo4jPassword(dir);
    writeFileSync(passwordFile(dir), 'my-own-password\n');
    chmodSync(passwordFile(dir), 0o644);
    expect(ensureNeo4jPassword(dir)).toBe('my-own-password');
    expect(statSync(passwordFile(dir)).mode & 0o777).toBe(0o600);
    expect(readFileSync(passwordFile(dir), 'utf8')).toBe('my-own-password\n');
  });

  it('refuses a file too short to be a password, saying what to do', () => {
    const dir = dataDir();
    ensureNeo4jPassword(dir);
    writeFileSync(passwordFile(dir), '\n');
    expect(() => ensureNeo4jPassword(dir)).toThrow(/holds no usable password .* delete it to make a new one/);
  });
});

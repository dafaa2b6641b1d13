import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where the embedded Neo4j's password lives: in its data folder, readable by its owner only. */
export function passwordFile(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'neo4j-password');
}

/**
 * The embedded Neo4j's password: made at first start (random, 32 characters) and kept in the
 * data folder with mode 0600, so that only this user can read it; a looser mode is tightened.
 * The launcher reads the same file and sets it on the `neo4j` user at every start.
 */
export function ensureNeo4jPassword(dataDir: string): string {
  const file = passwordFile(dataDir);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    // 'wx': never overwrite a password another process wrote a moment ago.
    writeFileSync(file, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const password = readFileSync(file, 'utf8').trim();
  if (password.length < 8) throw new Error(`${file} holds no usable password (8 characters at least): delete it to make a new one`);
  return password;
}

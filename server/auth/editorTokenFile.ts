import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where the generated editor token lives: beside the Neo4j password, readable by its owner only. */
export function editorTokenFile(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'editor-token');
}

/** Shorter than this, a token could be guessed; EDITOR_TOKEN has the same floor. */
export const MIN_TOKEN_LENGTH = 16;

/**
 * The generated editor token: made at the first start (32 random bytes, base64url) and kept in
 * the data folder with mode 0600, so that the link stays the same across restarts and only this
 * user can read it; a looser mode is tightened. Used when EDITOR_TOKEN is not set.
 */
export function ensureEditorToken(dataDir: string): string {
  const file = editorTokenFile(dataDir);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      // 'wx': never overwrite a token another process wrote a moment ago.
      writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const token = readFileSync(file, 'utf8').trim();
  if (token.length < MIN_TOKEN_LENGTH)
    throw new Error(`${file} holds no usable editor token (${MIN_TOKEN_LENGTH} characters at least): delete it to make a new one`);
  return token;
}

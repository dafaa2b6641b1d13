import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { editorLink } from '../../../server/auth/editorLink.js';
import { editorTokenFile, ensureEditorToken } from '../../../server/auth/editorTokenFile.js';
import { isEditor } from '../../../server/auth/isEditor.js';
import { resolveEditorToken } from '../../../server/auth/resolveEditorToken.js';
import { ConfigError, loadConfig } from '../../../server/config.js';

const dirs: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'editor-token-'));
  dirs.push(dir);
  return path.join(dir, 'neo4j'); // not there yet, as at a first start
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the generated editor token', () => {
  it('is made at the first start with mode 0600, and the same one is read at the next', () => {
    const dir = dataDir();
    const token = ensureEditorToken(dir);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes, base64url
    expect(statSync(editorTokenFile(dir)).mode & 0o777).toBe(0o600);
    expect(ensureEditorToken(dir)).toBe(token);
    expect(ensureEditorToken(dataDir())).not.toBe(token);
  });

  it('tightens a file others can read, and refuses one that holds no usable token', () => {
    const dir = dataDir();
    const token = ensureEditorToken(dir);
    chmodSync(editorTokenFile(dir), 0o644);
    expect(ensureEditorToken(dir)).toBe(token);
    expect(statSync(editorTokenFile(dir)).mode & 0o777).toBe(0o600);
    writeFileSync(editorTokenFile(dir), 'short\n');
    expect(() => ensureEditorToken(dir)).toThrow(/holds no usable editor token.*delete it/);
  });

  it('gives way to EDITOR_TOKEN, which then writes no file', () => {
    const dir = dataDir();
    const config = loadConfig({ EDITOR_TOKEN: 'a-token-of-my-own-choosing', NEO4J_DATA_DIR: dir });
    expect(resolveEditorToken(config)).toBe('a-token-of-my-own-choosing');
    expect(() => readFileSync(editorTokenFile(dir))).toThrow();
    expect(resolveEditorToken(loadConfig({ NEO4J_DATA_DIR: dir }))).toBe(readFileSync(editorTokenFile(dir), 'utf8').trim());
  });

  it('refuses a short EDITOR_TOKEN, naming the variable but not echoing the value', () => {
    const attempt = () => loadConfig({ EDITOR_TOKEN: 'secret-but-short'.slice(0, 12) });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/EDITOR_TOKEN=\(not shown\): expected at least 16 characters/);
    expect(attempt).not.toThrow(/secret-but-s/);
    expect(() => loadConfig({ EDITOR_TOKEN: 'has a space in it, sixteen+' })).toThrow(/EDITOR_TOKEN.*printable ASCII/);
  });
});

describe('isEditor', () => {
  const token = 'x'.repeat(20);
  it.each([
    [`Bearer ${token}`, true],
    [`bearer ${token}`, true],
    [`Bearer   ${token}  `, true],
    [`Bearer ${token}y`, false],
    [`Bearer ${token.slice(1)}`, false],
    [token, false],
    [`Basic ${token}`, false],
    ['Bearer ', false],
    ['', false],
    [undefined, false],
  ])('%j → %s', (header, expected) => {
    expect(isEditor(header, token)).toBe(expected);
  });

  it('lets nobody in when no token is configured', () => {
    expect(isEditor('Bearer ', undefined)).toBe(false);
    expect(isEditor(`Bearer ${token}`, '')).toBe(false);
  });
});

describe('editorLink', () => {
  it('opens the explorer with the token in editor=', () => {
    expect(editorLink('http://127.0.0.1:4000', 'ab_c-d')).toBe('Editor link (keep it private): http://127.0.0.1:4000/?editor=ab_c-d');
  });
});

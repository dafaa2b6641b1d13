import { readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer, SERVER_DIST, SERVER_NODE_FLAGS } from '../../../server/build/buildServer.js';
import { PROJECT_ROOT } from '../../../server/projectRoot.js';

const outfile = path.join(SERVER_DIST, `test-${process.pid}.mjs`);
afterAll(() => rmSync(outfile, { force: true }));

describe('buildServer', () => {
  it('bundles every project source the server imports: what is left to import are packages and Node built-ins', () => {
    const text = readFileSync(buildServer('server/index.ts', outfile), 'utf8');
    const imported = [...text.matchAll(/^import .*? from "([^"]+)";$|^import "([^"]+)";$/gm)].map((m) => (m[1] ?? m[2])!);
    expect(imported.length).toBeGreaterThan(5);
    const dependencies = Object.keys(
      (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies,
    );
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const packageOf = (specifier: string) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/');
    // A dev dependency imported at run time would be missing where only dependencies are installed.
    expect(imported.filter((specifier) => !builtins.has(specifier) && !dependencies.includes(packageOf(specifier)))).toEqual([]);
  });

  it('is what npm start runs, with the flags the memory figures were measured with', () => {
    const { scripts } = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.prestart).toBe('node --import tsx server/cli/buildServer.ts');
    expect(scripts.start).toBe(['node', ...SERVER_NODE_FLAGS, 'server/dist/index.mjs'].join(' '));
  });
});

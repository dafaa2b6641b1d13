import { renameSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { PROJECT_ROOT } from '../projectRoot.js';

/** Where `npm start`'s server bundle goes (beside client/dist, and ignored like it). */
export const SERVER_DIST = path.join(PROJECT_ROOT, 'server', 'dist');
export const SERVER_BUNDLE = path.join(SERVER_DIST, 'index.mjs');

/**
 * Node's flags for the server, in package.json's start script too (a test keeps them equal).
 * A young generation of 4 MB semi-spaces instead of 16: under 8 clients reading the largest
 * lists of a 100k-entity graph for 40 s, peak RSS 253–261 MB → 228–235 MB (8 MB: 245), with
 * as many requests served.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=4'];

/**
 * Bundles an entry and the project's sources it imports into one ES module; packages stay
 * imports from node_modules. The server then runs as plain JavaScript: transpiling at run time
 * (tsx's loader thread and its transpiled sources) held about 50 MB more memory for the life of
 * the process. Written under a temporary name and renamed, so that a process starting from the
 * previous bundle (tests start several apps at once) never reads half a file. No source map:
 * names are kept, and loading a map costs memory on every start.
 */
export function buildServer(entry = 'server/index.ts', outfile = SERVER_BUNDLE): string {
  const temporary = `${outfile}.${process.pid}.tmp`;
  buildSync({
    entryPoints: [path.resolve(PROJECT_ROOT, entry)],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  renameSync(temporary, outfile);
  return outfile;
}

import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../projectRoot.js';

export const CLIENT_DIR = path.join(PROJECT_ROOT, 'client');
export const CLIENT_DIST = path.join(CLIENT_DIR, 'dist');

function newestMtime(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === 'dist' || entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** The client's pages, each with its Vite config, built in this order into client/dist. */
const PAGES = [
  { html: 'index.html', config: 'vite.config.ts' }, // the explorer: empties client/dist first
  { html: 'graphiql.html', config: 'vite.graphiql.config.ts' }, // GraphiQL at /graphql
];

/** True when a page of client/dist is missing or older than any client source or the schema. */
export function clientBuildIsStale(): boolean {
  const built = PAGES.map(({ html }) => path.join(CLIENT_DIST, html));
  if (!built.every((file) => existsSync(file))) return true;
  const sources = Math.max(newestMtime(CLIENT_DIR), newestMtime(path.join(PROJECT_ROOT, 'schema')));
  return sources > Math.min(...built.map((file) => statSync(file).mtimeMs));
}

/** Builds the client with Vite when needed; a fresh build is skipped in well under a second. */
export async function ensureClientBuilt(log: (line: string) => void): Promise<void> {
  if (!clientBuildIsStale()) return;
  log('Building the client (vite build)...');
  const { build } = await import('vite');
  for (const { config } of PAGES) await build({ configFile: path.join(CLIENT_DIR, config), logLevel: 'warn' });
}

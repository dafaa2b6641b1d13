import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The canvas benchmark page, built like the explorer (production mode, minified). */
export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  // One chunk, as the explorer's (client/vite.config.ts).
  build: { outDir: path.join(here, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});

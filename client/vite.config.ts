import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Built into client/dist and served by the API server; `npm run dev:client` proxies the API.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // One chunk of ~700 KB minified (~220 KB gzip: cytoscape, fcose, zod) is within the budget of
  // 300 KB gzip that the first screen needs anyway; splitting it would only add a round trip.
  // No source maps unless asked for (CLIENT_SOURCEMAP=1 npm run build:client): the served app
  // should not hand out its sources by default.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: process.env.CLIENT_SOURCEMAP === '1', chunkSizeWarningLimit: 1000 },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/health': 'http://127.0.0.1:4000' } },
});

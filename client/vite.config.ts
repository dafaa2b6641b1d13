import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Built into client/dist and served by the API server; `npm run dev:client` proxies the API.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/health': 'http://127.0.0.1:4000' } },
});

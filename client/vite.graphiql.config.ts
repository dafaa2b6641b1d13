import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { extractInlineFonts } from './build/extractInlineFonts.js';

// GraphiQL, the page a browser gets at /graphql, built after the explorer (vite.config.ts) into
// the same client/dist. A build of its own: one build of both pages would put the bundler's
// runtime in a chunk they share, one more request for the explorer's first screen.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [extractInlineFonts()],
  build: {
    outDir: 'dist',
    // The explorer's build has just filled it.
    emptyOutDir: false,
    rolldownOptions: {
      input: fileURLToPath(new URL('graphiql.html', import.meta.url)),
      onwarn(warning, warn) {
        // React libraries mark their modules "use client", which means nothing in a browser bundle.
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
    sourcemap: process.env.CLIENT_SOURCEMAP === '1',
    // Monaco, React and prettier make ~4 MB minified; only someone who opens /graphql loads it.
    chunkSizeWarningLimit: 5000,
  },
  // Monaco's workers are built as ES modules of their own (see src/graphiql/monacoWorkers.ts).
  worker: { format: 'es' },
});

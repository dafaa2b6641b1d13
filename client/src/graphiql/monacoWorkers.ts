/// <reference types="vite/client" />
// Monaco (GraphiQL's editors) runs its language services in web workers. Vite builds each one
// into a file of its own under /assets, so they load from this origin like any script
// (worker-src falls back to script-src 'self'): no blob: or data: workers, no CDN.
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';

(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    if (label === 'json') return new JsonWorker();
    if (label === 'graphql') return new GraphQLWorker();
    return new EditorWorker();
  },
};

// The API's own page (a browser's GET of /graphql): GraphiQL, everything from this origin, the
// README's example queries open as tabs. Its own entry, so the explorer never loads React.
import './styleNonce.js';
import './monacoWorkers.js';
import 'graphiql/style.css';
import './graphiql.css';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { exampleQueries } from './exampleQueries.js';
import { postGraphql } from './postGraphql.js';

createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, {
    fetcher: postGraphql('/graphql'),
    defaultTabs: exampleQueries.map(({ query }) => ({ query })),
  }),
);

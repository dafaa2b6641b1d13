import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Router } from 'express';
import { contentSecurityPolicy } from './contentSecurityPolicy.js';

/** What client/graphiql.html names the nonce; each response gets a fresh one in its place. */
const NONCE_PLACEHOLDER = 'CSP_NONCE';

/** The answers Apollo can give at /graphql; a browser's navigation prefers the last. */
const ANSWER_TYPES = ['application/json', 'application/graphql-response+json', 'multipart/mixed', 'text/html'];

/**
 * The built GraphiQL page (client/dist/graphiql.html) for a browser's GET of /graphql: a GET
 * that prefers HTML to the API's answers, with or without a query, as Apollo's landing page
 * was chosen. Everything else at /graphql (POST, a GET from an API client) goes on to Apollo.
 */
export function graphiqlPage(htmlFile: string): Router {
  const router = Router();
  router.get('/graphql', async (req, res, next) => {
    if (req.accepts(ANSWER_TYPES) !== 'text/html') return next();
    // Read each time, as express.static does the explorer's page: a rebuild names new assets.
    const html = await readFile(htmlFile, 'utf8');
    const styleNonce = randomBytes(16).toString('base64');
    res.setHeader('Content-Security-Policy', contentSecurityPolicy({ styleNonce }));
    // A nonce is good for one response only: never from a cache.
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(html.replaceAll(NONCE_PLACEHOLDER, styleNonce));
  });
  // The file itself would be served without its nonce, and its editors unstyled.
  router.get('/graphiql.html', (_req, res) => res.redirect(301, '/graphql'));
  return router;
}

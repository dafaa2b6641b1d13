import type { RequestHandler } from 'express';
import { contentSecurityPolicy } from './contentSecurityPolicy.js';

const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/**
 * Headers every page, asset and answer carries. GraphiQL's page at /graphql replaces the policy
 * with one that differs in its inline styles only (graphiqlPage.ts).
 */
export function securityHeaders(): RequestHandler {
  return (_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    next();
  };
}

import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';

// Cytoscape adds one <style> element of its own, always with this text; it is allowed by its
// hash, so that no other inline style is.
const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';
const cytoscapeStyleHash = `'sha256-${createHash('sha256').update(CYTOSCAPE_STYLE).digest('base64')}'`;

/**
 * What the page may load and who may frame it. Scripts, styles, fonts and requests come from
 * this origin only (the page has no inline script); images may also be data: and blob: URLs
 * (the PNG export). No one may frame the page, so a click on it is always the user's.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${cytoscapeStyleHash}`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every page, asset and answer carries (Apollo's own /graphql landing page aside: see app.ts). */
export function securityHeaders(): RequestHandler {
  return (req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    if (!req.path.startsWith('/graphql')) res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    next();
  };
}

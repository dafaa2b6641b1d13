import { createHash } from 'node:crypto';

// Cytoscape adds one <style> element of its own, always with this text; it is allowed by its
// hash, so that no other inline style is.
const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';
const cytoscapeStyleHash = `'sha256-${createHash('sha256').update(CYTOSCAPE_STYLE).digest('base64')}'`;

export interface InlineStyles {
  /** A fresh nonce for this response: <style> elements that carry it apply. */
  styleNonce: string;
}

/**
 * What a page may load and who may frame it. Scripts (workers included), styles, fonts and
 * requests come from this origin only, and no page has an inline script; images may also be
 * data: and blob: URLs (the PNG export). No one may frame a page, so a click on it is always
 * the user's. Every page has this policy; only its inline styles differ (see `inline`).
 */
export function contentSecurityPolicy(inline?: InlineStyles): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    // The explorer: Cytoscape's one <style>, by its hash. GraphiQL's page (`inline`): Monaco's
    // editors build their lines as markup with style="top:…px" attributes and write their theme
    // and decorations into <style> elements while it runs, as Radix's dialogs do; those
    // elements carry this response's nonce (client/src/graphiql/styleNonce.ts). Inline styles
    // cannot run script, and with every other source 'self' they cannot send anything away.
    ...(inline ? [`style-src 'self' 'nonce-${inline.styleNonce}'`, "style-src-attr 'unsafe-inline'"] : [`style-src 'self' ${cytoscapeStyleHash}`]),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

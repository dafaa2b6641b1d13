import { createHash, timingSafeEqual } from 'node:crypto';

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/**
 * Whether an Authorization header carries the editor token. Compared in constant time, over
 * digests so that the lengths match too: the answer's timing tells nothing about the token.
 * Without a token configured, nobody is an editor.
 */
export function isEditor(authorization: string | undefined, token: string | undefined): boolean {
  if (!token || !authorization) return false;
  const sent = BEARER.exec(authorization)?.[1];
  if (!sent) return false;
  return timingSafeEqual(digest(sent), digest(token));
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

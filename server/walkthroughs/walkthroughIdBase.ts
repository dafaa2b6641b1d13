import { randomBytes } from 'node:crypto';

const MAX_SLUG = 60;

/**
 * The id a new walkthrough is named after: `walkthrough:` and a slug of its (English) title,
 * ascii only so that it is also a good file name in seeds/walkthroughs. A title without a latin
 * letter (all Chinese, say) gives no readable slug: then `walkthrough:user-<random>`.
 */
export function walkthroughIdBase(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // accents, once NFKD has split them off
    .toLowerCase()
    .replace(/['’]/g, '') // district's → districts, not district-s
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!/[a-z]/.test(slug)) return `walkthrough:user-${randomBytes(6).toString('hex')}`;
  const cut = slug.length <= MAX_SLUG ? slug : slug.slice(0, MAX_SLUG).replace(/-[^-]*$/, '') || slug.slice(0, MAX_SLUG);
  return `walkthrough:${cut.replace(/-+$/, '')}`;
}

/** The base itself when free, else the first of base-2, base-3 … that is. */
export function firstFreeId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

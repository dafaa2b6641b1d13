import { randomBytes } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import { KINDS } from '../../schema/vocabulary/kinds.js';
import type { EntityKind } from '../generated/graphql.js';

const MAX_SLUG = 60;

/**
 * The id a new entity is named after, as curators name them (kind:slug): a slug of its English
 * name, else of the pinyin of its Chinese one by syllable (泗河口港 → si-he-kou-gang), else
 * a random one. The caller numbers it (base-2 …) when taken.
 */
export function entityIdBase(kind: EntityKind, name: string, nameEn?: string): string {
  const slug = slugOf(nameEn ?? '') || slugOf(pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' }).join(' '));
  return `${KINDS[kind].prefix}:${slug || `user-${randomBytes(6).toString('hex')}`}`;
}

function slugOf(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!/[a-z0-9]/.test(slug)) return '';
  const cut = slug.length <= MAX_SLUG ? slug : slug.slice(0, MAX_SLUG).replace(/-[^-]*$/, '') || slug.slice(0, MAX_SLUG);
  return cut.replace(/-+$/, '');
}

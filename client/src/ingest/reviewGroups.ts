import type { ReviewItem } from './reviewItems.js';

export interface ReviewGroup {
  /** 'bureau' groups hold pledges, headed by their bureau (null: none could be told). */
  group: 'bureau' | 'mention' | 'candidate' | 'progress';
  bureau: string | null;
  items: ReviewItem[];
}

/**
 * The list beside the text: one group per bureau with its pledges (in text order, bureaus by
 * their first pledge, pledges of no bureau last), then the mentions, the candidates and the
 * progress statements, each in their own group. Empty groups are left out.
 */
export function reviewGroups(items: readonly ReviewItem[]): ReviewGroup[] {
  const bureaus = new Map<string | null, ReviewItem[]>();
  for (const item of items.filter((i) => i.item === 'pledge')) {
    const key = item.bureau;
    bureaus.set(key, [...(bureaus.get(key) ?? []), item]);
  }
  const ordered = [...bureaus.entries()].sort(([a], [b]) => (a === null ? 1 : 0) - (b === null ? 1 : 0));
  const of = (group: 'mention' | 'candidate' | 'progress'): ReviewGroup => ({ group, bureau: null, items: items.filter((i) => i.item === group) });
  return [...ordered.map(([bureau, list]): ReviewGroup => ({ group: 'bureau', bureau, items: list })), of('progress'), of('candidate'), of('mention')].filter(
    (g) => g.items.length > 0,
  );
}

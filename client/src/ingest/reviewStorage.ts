import type { Draft } from '../api/ingest.js';
import type { ReviewItem } from './reviewItems.js';

/** The part of Storage the review uses (localStorage in the page, a Map in tests). */
export interface ReviewStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface StoredReview {
  draft: Draft;
  items: ReviewItem[];
  fields: { title: string; date: string; source: string };
}

const PREFIX = 'pledge-graph.ingest.';
const CURRENT = `${PREFIX}current`;

/** Keeps the review of one text under its sha256, and which text was reviewed last. */
export function saveReview(store: ReviewStore, review: StoredReview): void {
  try {
    store.setItem(PREFIX + review.draft.document.sha256, JSON.stringify(review));
    store.setItem(CURRENT, review.draft.document.sha256);
  } catch {
    // Full or refused (a text near 1 MB, private mode): the review lives as long as the page.
  }
}

/** The stored review of a text (by sha256), or of the last text reviewed; null when none or unreadable. */
export function loadReview(store: ReviewStore, sha256?: string): StoredReview | null {
  try {
    const key = sha256 ?? store.getItem(CURRENT);
    const raw = key ? store.getItem(PREFIX + key) : null;
    const review = raw ? (JSON.parse(raw) as StoredReview) : null;
    return review && Array.isArray(review.items) && review.draft?.document?.sha256 ? review : null;
  } catch {
    return null;
  }
}

import type { Stats } from '../generated/graphql.js';

/** Counts per kind and per relationship type, as text nodes (data never becomes HTML). */
export function renderStats(list: HTMLElement, stats: Stats): void {
  list.replaceChildren();
  for (const { key, count } of [...stats.kinds, ...stats.relationships]) {
    const dt = document.createElement('dt');
    dt.textContent = key;
    const dd = document.createElement('dd');
    dd.textContent = String(count);
    list.append(dt, dd);
  }
}

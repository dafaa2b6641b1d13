import { h } from './dom.js';

/** Lists longer than this show their first COLLAPSED_SHOWN items and a "show all N" button. */
export const COLLAPSE_OVER = 8;
export const COLLAPSED_SHOWN = 5;

/**
 * A list of the details panel (related nodes, a bureau's pledges). A long one would push the
 * rest of the panel (quotes, other bureaus) out of sight, so it shows its first items and a
 * button that shows the rest in place; the button is a real button (Enter, Space) and hands
 * focus to the first item it reveals, so the keyboard reader carries on where they were.
 */
export function collapsedList(className: string, items: HTMLElement[], showAll: (n: number) => string): HTMLElement[] {
  const list = h('ul', { className }, ...items);
  if (items.length <= COLLAPSE_OVER) return [list];
  const hidden = items.slice(COLLAPSED_SHOWN);
  for (const item of hidden) item.hidden = true;
  const button = h(
    'button',
    {
      attrs: { type: 'button' },
      className: 'small show-all',
      on: {
        click: () => {
          for (const item of hidden) item.hidden = false;
          button.remove();
          hidden[0]?.querySelector<HTMLElement>('button, a, [tabindex]')?.focus();
        },
      },
    },
    showAll(items.length),
  );
  return [list, button];
}

import type { ContextMenuModel } from '../app/contextMenuModel.js';
import type { Dispatch } from '../app/Intent.js';
import { h } from './dom.js';

/**
 * A node's context menu: a floating role="menu" with one menuitem per action. Keyboard as the
 * ARIA menu pattern: focus on the first item, ↑/↓ (wrapping), Home/End, Enter/Space, Esc closes;
 * focus returns where it was (the canvas). A disabled item stays in the list, with its reason.
 * `host`: the canvas's section.
 */
export function createContextMenu(host: HTMLElement, dispatch: Dispatch) {
  const menu = h('div', { className: 'context-menu', attrs: { role: 'menu', hidden: true, id: 'context-menu' } });
  // Inside the canvas's landmark, not loose in <body>: a screen reader's region list finds it
  // with the canvas (axe's "region" rule); it is fixed-positioned, so where it sits does not move it.
  host.append(menu);
  let returnTo: HTMLElement | null = null;

  const items = () => [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const move = (from: number, delta: number) => {
    const all = items();
    all[(from + delta + all.length) % all.length]?.focus();
  };
  const close = (refocus = true) => {
    if (menu.hidden) return;
    menu.hidden = true;
    if (refocus) returnTo?.focus({ preventScroll: true });
  };

  menu.addEventListener('keydown', (event) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(at, 1),
      ArrowUp: () => move(at, -1),
      Home: () => all[0]?.focus(),
      End: () => all.at(-1)?.focus(),
      // Pressed here, not left to the page: while presenting, Space would be the next step.
      Enter: () => all[at]?.click(),
      ' ': () => all[at]?.click(),
      Escape: () => close(),
      Tab: () => close(),
    };
    const run = keys[event.key];
    if (!run) return;
    // The page's shortcuts must not see these keys (Esc would clear the selection too).
    event.preventDefault();
    event.stopPropagation();
    run();
  });
  // A press anywhere else closes it, as a native menu does.
  document.addEventListener('pointerdown', (event) => !menu.contains(event.target as Node) && close(false), true);
  window.addEventListener('blur', () => close(false));

  return {
    open(model: ContextMenuModel, at: { x: number; y: number } | null) {
      returnTo = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
      menu.setAttribute('aria-label', model.label);
      menu.dataset.node = model.id;
      menu.replaceChildren(
        ...model.items.map((item) => {
          const reason = item.disabled ? h('span', { className: 'context-menu-reason' }, item.disabled) : null;
          return h(
            'button',
            {
              attrs: { type: 'button', role: 'menuitem', tabindex: -1, 'data-item': item.key, 'aria-disabled': item.disabled ? 'true' : undefined },
              on: {
                click: () => {
                  if (item.disabled) return;
                  close();
                  dispatch(item.intent);
                },
              },
            },
            h('span', {}, item.label),
            reason,
          );
        }),
      );
      menu.hidden = false;
      // Inside the window, whatever corner the click was near.
      const { innerWidth: w, innerHeight: hgt } = window;
      const box = menu.getBoundingClientRect();
      const x = Math.max(4, Math.min(at?.x ?? w / 2, w - box.width - 4));
      const y = Math.max(4, Math.min(at?.y ?? hgt / 2, hgt - box.height - 4));
      menu.style.left = `${x}px`;
      menu.style.top = `${y}px`;
      items()[0]?.focus();
    },
    close: () => close(),
    isOpen: () => !menu.hidden,
    /** Text onto the clipboard; false when the browser refuses (no permission, not a secure page). */
    copy: (text: string) =>
      navigator.clipboard?.writeText(text).then(
        () => true,
        () => false,
      ) ?? Promise.resolve(false),
  };
}

/**
 * Keeps keyboard focus off `<body>`: when the focused control is disabled, hidden or removed by
 * what it did (the path panel's "Show" and "Clear" while they work, the toolbar's "Hide" once
 * nothing is selected), focus goes to `fallback(lost)` instead of to the top of the page, where
 * a keyboard user would have to start again.
 */
export function keepFocus(fallback: (lost: HTMLElement) => HTMLElement | null): void {
  let last: HTMLElement | null = null;
  document.addEventListener('focusin', (event) => {
    if (event.target instanceof HTMLElement) last = event.target;
  });
  const usable = (element: HTMLElement) => element.isConnected && !element.matches(':disabled') && element.checkVisibility();
  const check = () => {
    const active = document.activeElement;
    if (!last || (active && active !== document.body && active !== last)) return;
    if (usable(last)) return;
    const target = fallback(last);
    if (target && usable(target)) target.focus({ preventScroll: true });
  };
  // Controls lose focus through a render, so a render is when to look.
  new MutationObserver(() => queueMicrotask(check)).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['disabled', 'hidden'],
  });
}

/**
 * The skip links at the top of the page move focus to their target themselves: the default would
 * put a #fragment in the address bar, which the app keeps for the view's state.
 */
export function listenToSkipLinks(nav: HTMLElement): void {
  nav.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const target = link && document.getElementById(link.hash.slice(1));
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'nearest' });
  });
}

import type { Dispatch } from '../app/Intent.js';

/** The buttons of the top bar: language, keyboard help, presenter mode, the shared-projects matrix, the investment targets. */
export function listenToTopBar(
  buttons: { lang: HTMLElement; help: HTMLElement; present: HTMLElement; shared: HTMLElement; targets: HTMLElement },
  dispatch: Dispatch,
): void {
  // Pressed (the matrix is shown, as the matrix view marks it): the same button goes back.
  buttons.shared.addEventListener('click', () => dispatch({ type: buttons.shared.getAttribute('aria-pressed') === 'true' ? 'showExplorer' : 'showShared' }));
  buttons.targets.addEventListener('click', () => dispatch({ type: buttons.targets.getAttribute('aria-pressed') === 'true' ? 'showExplorer' : 'showTargets' }));
  buttons.lang.addEventListener('click', () => dispatch({ type: 'toggleLang' }));
  buttons.help.addEventListener('click', () => dispatch({ type: 'help' }));
  buttons.present.addEventListener('click', () => dispatch({ type: 'present' }));
}

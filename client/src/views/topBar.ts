import type { Dispatch } from '../app/Intent.js';

/** The buttons of the top bar: language, keyboard help, presenter mode. */
export function listenToTopBar(buttons: { lang: HTMLElement; help: HTMLElement; present: HTMLElement }, dispatch: Dispatch): void {
  buttons.lang.addEventListener('click', () => dispatch({ type: 'toggleLang' }));
  buttons.help.addEventListener('click', () => dispatch({ type: 'help' }));
  buttons.present.addEventListener('click', () => dispatch({ type: 'present' }));
}

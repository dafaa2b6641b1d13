import { commandIntent } from '../app/commandIntent.js';
import type { Dispatch } from '../app/Intent.js';
import { commandFor } from '../app/shortcuts.js';

/** Where a shortcut must not fire: typing in a field, or a control that uses the key itself. */
function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('dialog[open]')) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Listens on the document and reports key presses as the intents of the buttons they stand for. */
export function listenForShortcuts(canvas: HTMLElement, dispatch: Dispatch, presenting: () => boolean = () => false): void {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || ownsKeys(event.target)) return;
    const command = commandFor(event, presenting());
    if (!command) return;
    // Enter and Delete mean "this button" on a focused control; they mean the graph only when
    // focus is on the page or the canvas.
    const onCanvas = event.target === document.body || (event.target instanceof Node && canvas.contains(event.target));
    if (['expand', 'hide', 'hideOthers', 'pin', 'menu'].includes(command) && !onCanvas) return;
    if (command === 'escape' && !onCanvas) return;
    // Presenter keys work wherever focus is (a clicker does not know); preventDefault also keeps
    // Space from pressing a focused button and PageDown from scrolling, so one press is one step.
    event.preventDefault();
    dispatch(commandIntent(command));
  });
}

import { commandFor, type Command } from './shortcuts.js';

/** Where a shortcut must not fire: typing in a field, or a control that uses the key itself. */
function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('dialog[open]')) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Listens on the document and turns key presses into commands. */
export function listenForShortcuts(canvas: HTMLElement, run: (command: Command) => void, presenting: () => boolean = () => false): void {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || ownsKeys(event.target)) return;
    const command = commandFor(event, presenting());
    if (!command) return;
    // Enter and Delete mean "this button" on a focused control; they mean the graph only when
    // focus is on the page or the canvas.
    const onCanvas = event.target === document.body || (event.target instanceof Node && canvas.contains(event.target));
    if ((command === 'expand' || command === 'hide' || command === 'hideOthers') && !onCanvas) return;
    if (command === 'escape' && !onCanvas) return;
    // Presenter keys work wherever focus is (a clicker does not know); preventDefault also keeps
    // Space from pressing a focused button and PageDown from scrolling, so one press is one step.
    event.preventDefault();
    run(command);
  });
}

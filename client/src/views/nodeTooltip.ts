import { h } from './dom.js';

/**
 * The full name of a node in both languages, beside it: canvas labels are cut short or hidden
 * when crowded, so hover and keyboard focus give the whole name. Positioned in the page from the
 * node's rendered position, which graphView.ts supplies (it alone sees the canvas).
 */
export function createNodeTooltip(container: HTMLElement) {
  const tip = h('div', { className: 'node-tooltip', attrs: { role: 'tooltip', id: 'node-tooltip' } });
  tip.hidden = true;
  document.body.append(tip);
  // The canvas reports leaving a node only while the pointer moves over it: leaving the canvas at once ends the hover too.
  container.addEventListener('mouseleave', () => (tip.hidden = true));
  return {
    /** `at`: the node's top centre, in px from the canvas's top left. */
    show(lines: readonly string[], at: { x: number; y: number }) {
      tip.replaceChildren(...lines.map((line) => h('span', {}, line)));
      const frame = container.getBoundingClientRect();
      tip.style.left = `${frame.left + window.scrollX + at.x}px`;
      tip.style.top = `${frame.top + window.scrollY + at.y}px`;
      tip.hidden = false;
    },
    hide() {
      tip.hidden = true;
    },
  };
}

import type { Collection, LayoutOptions, Layouts } from 'cytoscape';

/**
 * Runs one layout at a time: starting one stops the last, and the container stays aria-busy
 * until the newest one stops, so a superseded layout cannot clear the flag early. Gets the
 * elements to lay out from `targets`, never the Cytoscape instance. A headless canvas has no
 * container to mark.
 */
export function createLayoutRunner(container: HTMLElement | null, targets: () => Collection, afterStop: (options: LayoutOptions) => void) {
  let running: Layouts | null = null;
  return function run(options: LayoutOptions): Promise<void> {
    running?.stop();
    const layout = targets().layout(options);
    running = layout;
    container?.setAttribute('aria-busy', 'true');
    const done = layout.promiseOn('layoutstop').then(() => {
      if (running === layout) {
        running = null;
        container?.setAttribute('aria-busy', 'false');
      }
      afterStop(options);
    });
    layout.run();
    return done;
  };
}

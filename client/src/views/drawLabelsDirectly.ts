import type { Core } from 'cytoscape';

/** The part of Cytoscape's canvas renderer this reaches into (not in its typings). */
interface LabelTextureCaches {
  data?: Record<string, { getElement?: (...args: unknown[]) => unknown } | undefined>;
}

const LABEL_CACHES = ['lblTxrCache', 'slbTxrCache', 'tlbTxrCache'];

/**
 * Labels are drawn straight onto the canvas instead of from Cytoscape's label textures. The
 * canvas renderer (3.x) keys a label's texture by its text and style and sizes it by the label's
 * box when first drawn; after the label pass changes fonts and sides (canvasLabels.ts) it can
 * reuse a texture made for a shorter box, and a wrapped label then loses its last lines or its
 * lower half (seen in the readability test). The label pass keeps few labels on screen, so drawing
 * them directly costs little; bodies and the layered cache are untouched. Returns whether it
 * applied (a renderer without these caches, e.g. WebGL or a future version, is left as it is).
 */
export function drawLabelsDirectly(cy: Core): boolean {
  const renderer = (cy as unknown as { renderer(): LabelTextureCaches | undefined }).renderer();
  const caches = LABEL_CACHES.map((name) => renderer?.data?.[name]);
  if (!caches.every((cache) => typeof cache?.getElement === 'function')) return false;
  // No texture: the renderer's own fallback draws the label directly.
  for (const cache of caches) cache!.getElement = () => null;
  return true;
}

// The page the bench drives in headless Chromium, built by Vite in production mode like the
// explorer: the explorer's Cytoscape, fcose, stylesheet and layout options, no app around them,
// so that the figures are the canvas's alone. Exposes two functions on window for page.evaluate.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { CANVAS_OPTIONS } from '../../client/src/graph/canvasOptions.js';
import { FCOSE_DEFAULTS } from '../../client/src/graph/layouts.js';
import { viewElements } from '../../client/src/graph/toElements.js';

cytoscape.use(fcose);
let cy: Core | null = null;

/** What run.ts sends: a subgraph's entities and relationships, made into elements as the explorer makes them. */
interface Subgraph {
  nodes: { id: string; kind: string; name: string; nameEn: string; x: number; y: number }[];
  edges: { id: string; source: string; target: string; type: string }[];
}

function elementsOf({ nodes, edges }: Subgraph): ElementDefinition[] {
  const elements = viewElements(nodes as never, edges as never, 'zh');
  // Preset positions: where a saved view or an earlier layout put them.
  nodes.forEach((node, i) => (elements[i]!.position = { x: node.x, y: node.y }));
  return elements;
}

function fresh(elements: ElementDefinition[], webgl: boolean): Core {
  cy?.destroy();
  const container = document.getElementById('cy')!;
  cy = cytoscape({ container, ...CANVAS_OPTIONS, elements, ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}) } as cytoscape.CytoscapeOptions);
  return cy;
}

/** Adds the subgraph and lays it out as the explorer does (no animation: the time is the work's). */
async function layoutMs(subgraph: Subgraph, name: 'fcose' | 'preset'): Promise<number> {
  const started = performance.now();
  const core = fresh(elementsOf(subgraph), false);
  const options = name === 'fcose' ? { ...FCOSE_DEFAULTS, animate: false } : { name: 'preset', fit: true };
  const layout = core.layout(options);
  const stopped = layout.promiseOn('layoutstop');
  layout.run();
  await stopped;
  // The first frame drawn after the layout counts: that is when the user sees it.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return performance.now() - started;
}

/** Frames per second of a scripted pan and zoom over `ms`, on laid-out (preset) positions. */
async function panZoomFps(subgraph: Subgraph, webgl: boolean, ms: number): Promise<number> {
  const core = fresh(elementsOf(subgraph), webgl);
  core.layout({ name: 'preset', fit: true }).run();
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const zoom = core.zoom();
  let frames = 0;
  const started = performance.now();
  await new Promise<void>((resolve) => {
    const step = () => {
      const t = (performance.now() - started) / 1000;
      core.viewport({ zoom: zoom * (1 + 0.5 * Math.sin(t * 2)), pan: { x: 200 * Math.cos(t), y: 120 * Math.sin(t) } });
      frames++;
      if (performance.now() - started < ms) requestAnimationFrame(step);
      else resolve();
    };
    requestAnimationFrame(step);
  });
  return (frames * 1000) / (performance.now() - started);
}

Object.assign(window, { canvasBench: { layoutMs, panZoomFps } });

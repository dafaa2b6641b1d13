// The page the bench drives in headless Chromium, built by Vite in production mode like the
// explorer: the explorer's own canvas (graphView.ts, with its Cytoscape options, stylesheet, label
// plan, large-graph settings and layouts), no app around it, so that the figures are the canvas's
// alone and nothing the explorer does at a size is left out. Exposes two functions on window for
// page.evaluate.
import type { Core } from 'cytoscape';
import { viewElements } from '../../client/src/graph/toElements.js';
import { createGraphView, type GraphView } from '../../client/src/views/graphView.js';

let view: GraphView | null = null;

/** What run.ts sends: a subgraph's entities and relationships, made into elements as the explorer makes them. */
interface Subgraph {
  nodes: { id: string; kind: string; name: string; nameEn: string; x: number; y: number }[];
  edges: { id: string; source: string; target: string; type: string }[];
}

function fresh({ nodes, edges }: Subgraph, webgl: boolean): GraphView {
  view?.destroy();
  view = createGraphView(document.getElementById('cy'), () => undefined, webgl ? { name: 'canvas', webgl: true } : undefined);
  view.sync(viewElements(nodes as never, edges as never, 'zh'));
  return view;
}

/** Preset positions: where a saved view or an earlier layout put them. */
const positions = ({ nodes }: Subgraph) => nodes.map(({ id, x, y }) => ({ id, x, y }));

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Adds the subgraph and lays it out as the explorer does: its first layout does not animate, and
 * a preset is a saved step without a camera (fitted). Labels are planned as the explorer plans them.
 */
async function layoutMs(subgraph: Subgraph, name: 'fcose' | 'preset'): Promise<number> {
  const started = performance.now();
  const canvas = fresh(subgraph, false);
  await (name === 'fcose' ? canvas.runLayout('fcose', []) : canvas.placeAt(positions(subgraph), null));
  // The first frame drawn after the layout counts: that is when the user sees it.
  await nextFrame();
  await nextFrame();
  return performance.now() - started;
}

/**
 * Frames per second of a scripted pan and zoom over `ms`, on laid-out (preset) positions. Each
 * zoom step runs the explorer's label pass, as a user's would.
 */
async function panZoomFps(subgraph: Subgraph, webgl: boolean, ms: number): Promise<number> {
  await fresh(subgraph, webgl).placeAt(positions(subgraph), null);
  // The view keeps its Cytoscape instance to itself; Cytoscape registers it on its container.
  const core = (document.getElementById('cy') as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
  await nextFrame();
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

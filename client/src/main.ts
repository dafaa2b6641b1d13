// Wiring only: fetch the stats, show them in the panel and on the canvas.
import { fetchStats } from './api/stats.js';
import { kindElements } from './graph/kindElements.js';
import { renderStats } from './views/statsPanel.js';
import { createGraphView } from './views/graphView.js';

const graph = createGraphView(document.getElementById('cy')!);
const status = document.getElementById('status')!;

fetchStats()
  .then((stats) => {
    renderStats(document.getElementById('stats')!, stats);
    graph.show(kindElements(stats.kinds));
    status.textContent = stats.kinds.length ? '' : 'The graph is empty: load the seeds (npm run load).';
  })
  .catch((error: Error) => {
    status.textContent = `Cannot load the graph: ${error.message}`;
    status.classList.add('error');
  });

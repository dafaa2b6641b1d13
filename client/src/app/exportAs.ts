import { toSvg } from '../graph/toSvg.js';
import { visibleSubgraph } from '../graph/visibleSubgraph.js';
import { stateToQuery } from '../state/urlState.js';
import { tableRows } from '../table/tableRows.js';
import { guard } from './guard.js';
import type { ExportFormat } from './Intent.js';
import type { Session } from './session.js';

/** Downloads the canvas as an image, the visible subgraph as JSON with a link back to this view, or the canvas table as CSV. */
export function exportAs(session: Session, format: ExportFormat): void {
  const { views, cache } = session;
  const s = session.state();
  const title = `${session.m().appTitle} · ${s.visible.length}`;
  // Drawing a large graph at 2× can fail (canvas size limits): the user is told, with a retry.
  if (format === 'png') void guard(session, async () => views.download('pledge-graph.png', await views.graph.png()), { type: 'export', format });
  else if (format === 'svg') views.download('pledge-graph.svg', new Blob([toSvg(views.graph.snapshot(title))], { type: 'image/svg+xml' }));
  else if (format === 'csv') {
    const rows = tableRows(cache, s.visible, s.hiddenKinds, s.hiddenRelations, s.lang);
    // The CSV writer (~10 KB gzip) loads on the first CSV, not with the first screen.
    void guard(
      session,
      async () => {
        const { tableCsv } = await import('../table/tableCsv.js');
        views.download('pledge-graph-table.csv', new Blob([tableCsv(rows)], { type: 'text/csv;charset=utf-8' }));
      },
      { type: 'export', format },
    );
  } else {
    const data = { link: session.env.linkTo(stateToQuery(s, session.defaults)), ...visibleSubgraph(cache, s.visible, s.hiddenKinds, s.hiddenRelations) };
    views.download('pledge-graph.json', new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  }
}

import { dossierHtml } from '../dossier/dossierHtml.js';
import { dossierMarkdown } from '../dossier/dossierMarkdown.js';
import { dossierModel } from '../dossier/dossierModel.js';
import { dossierTitle } from '../dossier/dossierTitle.js';
import { toSvg } from '../graph/toSvg.js';
import { visibleSubgraph } from '../graph/visibleSubgraph.js';
import { isEdgeId } from '../state/transitions.js';
import { guard } from './guard.js';
import type { DossierFormat } from './Intent.js';
import * as load from './loaders.js';
import type { Session } from './session.js';

/**
 * Downloads the evidence dossier of the selected nodes. Every selected node's relationships are
 * loaded first (a multiple selection may hold nodes never expanded), so that the dossier lists
 * all of them, not only those the canvas happens to show; the picture is the canvas's own.
 */
export function dossierAs(session: Session, format: DossierFormat): void {
  const s = session.state();
  const selection = s.selection.filter((id) => !isEdgeId(id) && session.cache.nodes.has(id));
  const source = session.document;
  if (!selection.length || !source) return;
  void guard(
    session,
    async () => {
      for (const id of selection) await load.ensureAdjacency(session, id);
      const shown = visibleSubgraph(session.cache, s.visible, s.hiddenKinds, s.hiddenRelations);
      const chosen = new Set(selection);
      const around = new Set(chosen);
      for (const e of shown.edges) if (chosen.has(e.source) || chosen.has(e.target)) [e.source, e.target].forEach((id) => around.add(id));
      const names = selection.map((id) => session.cache.nodes.get(id)!).map((n) => ({ zh: n.name, en: n.nameEn ?? n.name }));
      const svg = toSvg(session.views.graph.snapshot(dossierTitle({ names }), around));
      const model = dossierModel({
        cache: session.cache,
        selection,
        lang: s.lang,
        source: { id: source.id, title: source.title, subtitle: source.subtitle, date: source.date, text: source.text },
        generated: new Date().toISOString().slice(0, 10),
        svg,
      });
      const base = `dossier-${selection[0]!.replace(/[^A-Za-z0-9-]+/g, '-')}${selection.length > 1 ? `-and-${selection.length - 1}-more` : ''}`;
      if (format === 'md') session.views.download(`${base}.md`, new Blob([dossierMarkdown(model)], { type: 'text/markdown;charset=utf-8' }));
      else session.views.download(`${base}.html`, new Blob([dossierHtml(model)], { type: 'text/html;charset=utf-8' }));
    },
    { type: 'dossier', format },
  );
}

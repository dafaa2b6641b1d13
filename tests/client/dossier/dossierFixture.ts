import { emptyCache, mergeSubgraph } from '../../../client/src/graph/graphCache.js';
import type { DossierInput } from '../../../client/src/dossier/dossierModel.js';
import type { Lang } from '../../../client/src/state/ViewState.js';
import { edge, entity } from '../graph/fixtures.js';

export const DOC_ID = 'document:d';
export const TEXT = ['标题行', '', '## 建设', '', '建设局将全力推进复兴之路。', '', '## 经济', '', '经济发展局将招引中通。'].join('\n');
const span = (quote: string, documentId = DOC_ID) => ({
  documentId,
  start: TEXT.indexOf(quote),
  end: TEXT.indexOf(quote) + quote.length,
  quote,
  documentDate: null,
});

/** A project, two bureaus' pledges on it, and whatever names and quotes the test wants. */
export function dossierInput(over: { name?: string; quote?: string; title?: string; lang?: Lang } = {}): DossierInput {
  const project = { ...entity('project:f', 'PROJECT', over.name ?? '复兴之路', 'Fuxing Road'), sources: [span('复兴之路')] };
  const b1 = entity('bureau:c', 'BUREAU', '建设局', 'Construction Bureau');
  const b2 = entity('bureau:e', 'BUREAU', '经济发展局', 'Economic Development Bureau');
  const p1 = {
    ...entity('pledge:1', 'PLEDGE', '推进复兴之路'),
    bureauId: 'bureau:c',
    metric: 'investment',
    metricZh: '投资',
    comparator: '≥',
    target: 10,
    unit: 'roads',
    unitZh: '条',
    year: 2023,
    status: 'pledged',
    sources: [span('全力推进复兴之路')],
  };
  const p2 = { ...entity('pledge:2', 'PLEDGE', '招引中通'), bureauId: 'bureau:e', sources: [{ ...span('招引中通'), quote: over.quote ?? '招引中通' }] };
  const edges = [
    { ...edge('pledge:1', 'CONCERNS', 'project:f'), sources: [span('推进复兴之路')] },
    { ...edge('pledge:2', 'CONCERNS', 'project:f'), sources: [span('招引中通'), span('别处', 'document:other')] },
    edge('bureau:c', 'MADE', 'pledge:1'),
  ];
  return {
    cache: mergeSubgraph(emptyCache(), { nodes: [project, b1, b2, p1, p2], edges, truncated: false }),
    selection: ['project:f'],
    lang: over.lang ?? 'zh',
    source: { id: DOC_ID, title: over.title ?? '区直部门作出这些承诺', subtitle: '改革创新', date: '2023-01-29', text: TEXT },
    generated: '2026-11-30',
    svg: '<svg xmlns="http://www.w3.org/2000/svg"><title>t</title></svg>',
  };
}

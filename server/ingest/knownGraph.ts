import type { EntityKind } from '../generated/graphql.js';
import { kindOfLabel } from '../load/model.js';
import type { SeedGraph } from '../load/SeedGraph.js';

export interface KnownEntity {
  id: string;
  kind: EntityKind;
  /** The name and every alias, as the seeds give them. */
  names: string[];
}
export interface KnownPledge {
  id: string;
  bureauId: string | undefined;
  text: string;
  target?: number;
  /** The Chinese unit where the seeds give one (条, 个), else the unit (%). */
  unit?: string;
  comparator?: string;
  metric?: string;
  /** The entities it concerns, targets or partners with, or is destined for. */
  concerns: string[];
}
export interface KnownGraph {
  entities: KnownEntity[];
  pledges: KnownPledge[];
  documents: { id: string; text: string; date?: string }[];
}

const ABOUT = new Set(['CONCERNS', 'TARGETS', 'PARTNERS', 'DESTINED_FOR']);

/** What the draft needs of the curated graph (the loader's validated SeedGraph): names, pledges, texts. */
export function knownGraph(graph: SeedGraph): KnownGraph {
  const entities: KnownEntity[] = [];
  const pledges: KnownPledge[] = [];
  const documents: KnownGraph['documents'] = [];
  for (const node of graph.nodes) {
    const p = node.props;
    const str = (key: string) => {
      const value = p[key];
      return typeof value === 'string' ? value : undefined;
    };
    if (node.label === 'Document') {
      documents.push({ id: node.id, text: str('text') ?? '', date: str('date') });
    } else if (node.label === 'Pledge') {
      pledges.push({
        id: node.id,
        bureauId: str('bureauId'),
        text: str('text') ?? '',
        target: typeof p.target === 'number' ? p.target : undefined,
        unit: str('unitZh') ?? str('unit'),
        comparator: str('comparator'),
        metric: str('metricZh') ?? str('metric'),
        concerns: graph.edges.filter((e) => e.from === node.id && ABOUT.has(e.type)).map((e) => e.to),
      });
    } else {
      const kind = kindOfLabel(node.label);
      const aliases = Array.isArray(p.aliases) ? p.aliases : [];
      if (kind) entities.push({ id: node.id, kind, names: [str('name') ?? '', ...aliases].filter((n) => n !== '') });
    }
  }
  return { entities, pledges, documents };
}

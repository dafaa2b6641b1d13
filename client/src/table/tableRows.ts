import type { EntityRecord } from '../api/records.js';
import type { GraphCache } from '../graph/graphCache.js';
import { entityName, otherName } from '../graph/labels.js';
import { visibleSubgraph } from '../graph/visibleSubgraph.js';
import { kindName } from '../i18n/kindNames.js';
import { relationLabel } from '../i18n/relationWords.js';
import type { Lang } from '../state/ViewState.js';

/** A node of the canvas as a row: every cell already in the page's language, as the table and the CSV show it. */
export interface NodeRow {
  id: string;
  name: string;
  otherName: string;
  kind: string;
  /** The bureau that made it, for a pledge; empty otherwise. */
  bureau: string;
  /** The curated summary, or a pledge's numbers (metric, comparator, target, unit). */
  summary: string;
  quote: string;
}

export interface EdgeRow {
  id: string;
  source: string;
  relation: string;
  target: string;
  sourceKind: string;
  targetKind: string;
  /** The bureau whose pledge one of the ends is; empty when neither end is a pledge. */
  bureau: string;
  quote: string;
}

export interface TableRows {
  nodes: NodeRow[];
  edges: EdgeRow[];
}

export const NODE_COLUMNS = ['name', 'otherName', 'kind', 'bureau', 'summary', 'quote'] as const satisfies readonly (keyof NodeRow)[];
export const EDGE_COLUMNS = ['source', 'relation', 'target', 'sourceKind', 'targetKind', 'bureau', 'quote'] as const satisfies readonly (keyof EdgeRow)[];

/** "Investment ≥ 10 亿元 (2023)": a pledge's figures as one cell, the parts it has. */
export function pledgeNumbers(node: EntityRecord, lang: Lang = 'en'): string {
  // The Chinese table reads the Chinese forms of the curated words (the unit only has one when it is in words).
  const [metric, unit] = lang === 'zh' ? [node.metricZh ?? node.metric, node.unitZh ?? node.unit] : [node.metric, node.unit];
  const figure = [metric, node.comparator, node.target, unit].filter((part) => part !== null && part !== undefined && part !== '').join(' ');
  return node.year ? `${figure} (${node.year})`.trim() : figure;
}

/**
 * What the canvas shows after the filters, as rows: the same subgraph as the JSON export and the
 * counter under the canvas, so the table never disagrees with the picture.
 */
export function tableRows(
  cache: GraphCache,
  visible: readonly string[],
  hiddenKinds: readonly string[],
  hiddenRelations: readonly string[],
  lang: Lang,
): TableRows {
  const { nodes, edges } = visibleSubgraph(cache, visible, hiddenKinds, hiddenRelations);
  const node = (id: string) => cache.nodes.get(id);
  const name = (id: string) => {
    const entity = node(id);
    return entity ? entityName(entity, lang) : id;
  };
  const bureauOf = (entity: EntityRecord | undefined) => (entity?.kind === 'PLEDGE' && entity.bureauId ? name(entity.bureauId) : '');
  const summaryOf = (entity: EntityRecord) =>
    entity.kind === 'PLEDGE'
      ? pledgeNumbers(entity, lang)
      : ((lang === 'zh' ? (entity.summaryZh ?? entity.summary) : (entity.summary ?? entity.summaryZh)) ?? '');
  return {
    nodes: nodes.map((n) => ({
      id: n.id,
      name: entityName(n, lang),
      otherName: otherName(n, lang) ?? '',
      kind: kindName(n.kind, lang),
      bureau: bureauOf(n),
      summary: summaryOf(n),
      quote: n.sources[0]?.quote ?? '',
    })),
    edges: edges.map((e) => {
      const [from, to] = [node(e.source), node(e.target)];
      return {
        id: e.id,
        source: name(e.source),
        relation: relationLabel(e.type, lang),
        target: name(e.target),
        sourceKind: from ? kindName(from.kind, lang) : '',
        targetKind: to ? kindName(to.kind, lang) : '',
        bureau: bureauOf(from) || bureauOf(to),
        quote: e.sources[0]?.quote ?? '',
      };
    }),
  };
}

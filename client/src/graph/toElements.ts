import type { ElementDefinition } from 'cytoscape';
import type { EdgeRecord, EntityRecord } from '../api/records.js';
import type { Lang } from '../state/ViewState.js';
import { relationLabel } from '../i18n/relationWords.js';
import { KIND_LOOK } from './kinds.js';
import { naturalLabel } from './labelPlan.js';
import { nodeLabel } from './labels.js';
import { statusOn } from './pledgeStatus.js';

/**
 * A node for Cytoscape: kind decides look (style.ts), the label follows the language; a pledge
 * carries its status on the "as of" day (null: today), which draws its ring.
 */
export function nodeElement(entity: EntityRecord, lang: Lang, asOf: string | null = null): ElementDefinition {
  const look = KIND_LOOK[entity.kind];
  return {
    group: 'nodes',
    data: {
      id: entity.id,
      kind: entity.kind,
      label: nodeLabel(entity, lang),
      // The full names, for the tooltip: the label may be cut short or hidden.
      name: entity.name,
      nameEn: entity.nameEn ?? null,
      color: look.color,
      shape: look.shape,
      size: look.size,
      ...naturalLabel(entity.kind),
      ...(entity.kind === 'PLEDGE' ? { status: statusOn(entity, asOf) } : {}),
    },
    classes: `kind-${entity.kind.toLowerCase()}`,
  };
}

export function edgeElement(edge: EdgeRecord, lang: Lang): ElementDefinition {
  return {
    group: 'edges',
    data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, label: relationLabel(edge.type, lang), ...naturalLabel('EDGE') },
    classes: `rel-${edge.type.toLowerCase()}`,
  };
}

/** Elements for the given nodes and every known edge among them. */
export function viewElements(nodes: EntityRecord[], edges: EdgeRecord[], lang: Lang, asOf: string | null = null): ElementDefinition[] {
  return [...nodes.map((n) => nodeElement(n, lang, asOf)), ...edges.map((e) => edgeElement(e, lang))];
}

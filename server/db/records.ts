import { isEntityKind, KINDS } from '../../schema/vocabulary/kinds.js';
import { mergeSources } from '../documents/mergeSources.js';
import { statusAsOf, statusHistory } from '../documents/statusHistory.js';
import type { Edge, Subgraph } from '../generated/graphql.js';

/** Node properties as Neo4j returns them (see seeds/README.md, "In Neo4j"). */
export type NodeProps = Record<string, unknown> & { id: string; kind: string; sources?: string };

/** What the edge projection of cypher/fragments.ts returns. */
export interface EdgeRow {
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown> & { id: string; sources?: string; userSources?: string[] };
}

/** What a read asks of the mapping: the date pledges' statuses are given as of (the latest without one). */
export interface MapOptions {
  asOf?: string | null;
}

/**
 * Stored node → GraphQL object. __typename lets Apollo resolve the Entity interface without a
 * resolver per type; spans are stored as JSON because Neo4j properties hold no nested maps.
 */
export function toEntity(props: NodeProps, { asOf }: MapOptions = {}) {
  // Each kind's GraphQL type is named as its label.
  const typename = isEntityKind(props.kind) ? KINDS[props.kind].label : undefined;
  // Only the loader writes kinds; another value means the data was changed by hand.
  if (!typename) throw new Error(`entity ${props.id} has unknown kind ${JSON.stringify(props.kind)}`);
  const sources = mergeSources(props.sources, props.userSources);
  // A pledge's status is derived from its history (server/documents/statusHistory.ts).
  const history = typename === 'Pledge' ? statusHistory({ ...props, sources }) : undefined;
  return {
    ...props,
    __typename: typename,
    aliases: (props.aliases as string[] | undefined) ?? [],
    reporters: (props.reporters as string[] | undefined) ?? [],
    sources,
    ...(history ? { statusHistory: history, status: statusAsOf(history, asOf) } : {}),
    ...(typename === 'Document' ? { origin: props.origin ?? 'SEED' } : {}),
  } as never;
}

export function toEdge({ type, source, target, props }: EdgeRow): Edge {
  return {
    id: props.id,
    type,
    source,
    target,
    sources: mergeSources(props.sources, props.userSources),
    note: props.note as string | undefined,
    noteZh: props.noteZh as string | undefined,
    attributionNote: props.attributionNote as string | undefined,
    attributionNoteZh: props.attributionNoteZh as string | undefined,
    confidence: props.confidence as string | undefined,
  };
}

export function toSubgraph(nodes: NodeProps[], edges: EdgeRow[], truncated: boolean, options: MapOptions = {}): Subgraph {
  return { nodes: nodes.map((node) => toEntity(node, options)), edges: edges.map(toEdge), truncated };
}

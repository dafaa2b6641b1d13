import type { Edge, Entity, Pledge, Project } from '../generated/graphql.js';

/**
 * What the client keeps of an entity: the Entity interface plus the optional fields of the
 * concrete types the queries ask for (derived from the generated types, never copied).
 */
export type EntityRecord = Entity &
  Partial<Pick<Pledge, 'text' | 'metric' | 'target' | 'unit' | 'comparator' | 'year' | 'status' | 'attributionNote' | 'confidence' | 'bureauId'>> &
  Partial<Pick<Project, 'category'>>;

export type EdgeRecord = Omit<Edge, '__typename'>;

export interface SubgraphRecord {
  nodes: EntityRecord[];
  edges: EdgeRecord[];
  truncated: boolean;
}

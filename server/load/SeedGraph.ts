import type { Label, RelationshipType } from './model.js';

/** A source span as stored and served: document.text.slice(start, end) === quote. */
export interface SourceSpan {
  documentId: string;
  start: number;
  end: number;
  quote: string;
  /** The cited document's date (YYYY-MM-DD). */
  documentDate?: string;
}

export type PropertyValue = string | number | string[];

/** The validated graph, ready to write: property maps hold only values Neo4j can store. */
export interface SeedGraph {
  nodes: { id: string; label: Label; props: Record<string, PropertyValue> }[];
  edges: { id: string; type: RelationshipType; from: string; to: string; props: Record<string, PropertyValue> }[];
  /** Presentation walkthroughs; steps stored as JSON (Neo4j properties hold no nested maps). */
  walkthroughs: { id: string; props: Record<string, PropertyValue> }[];
}

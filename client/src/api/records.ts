import type {
  DocumentQuery,
  DocumentsQuery,
  EdgeFieldsFragment,
  EntityFieldsFragment,
  SearchQuery,
  SharedByBureausQuery,
  SubgraphFieldsFragment,
  WalkthroughsQuery,
} from '../generated/operations.js';

// The shapes the client keeps, derived from the operations' generated types (never written by hand).

type AllKeys<U> = U extends unknown ? keyof U : never;
type ValueOf<U, K extends PropertyKey> = U extends { [P in K]: infer V } ? V : never;
/** A union of per-type selections as one object: the fields some types lack become optional. */
type Merged<U> = { [K in keyof U]: U[K] } & { [K in Exclude<AllKeys<U>, keyof U>]?: ValueOf<U, K> };

/** An entity as the EntityFields fragment selects it; a pledge's fields are present on pledges only. */
export type EntityRecord = Merged<EntityFieldsFragment>;
export type EdgeRecord = EdgeFieldsFragment;
export type SubgraphRecord = Omit<SubgraphFieldsFragment, 'nodes'> & { nodes: EntityRecord[] };
export type Hit = Omit<SearchQuery['search'][number], 'entity'> & { entity: EntityRecord };
export type SharedRecord = { entity: EntityRecord; bureaus: EntityRecord[]; pledges: EntityRecord[] } & Omit<
  SharedByBureausQuery['sharedByBureaus'][number],
  'entity' | 'bureaus' | 'pledges'
>;
export type DocumentRecord = NonNullable<DocumentQuery['document']>;
export type DocumentEntryRecord = DocumentsQuery['documents'][number];
export type WalkthroughRecord = WalkthroughsQuery['walkthroughs'][number];
export type StepRecord = WalkthroughRecord['steps'][number];

/* Generated from schema/*.graphql by `npm run codegen`. Do not edit. */
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/**
 * What an entity is. Every kind is also a type implementing Entity, named as its Neo4j label
 * (BUREAU → Bureau). Defined once with its look and names in schema/vocabulary/kinds.ts.
 */
export type EntityKind =
  | 'BUREAU'
  | 'PLEDGE'
  | 'PROJECT'
  | 'ENTERPRISE'
  | 'INSTITUTION'
  | 'PLACE'
  | 'EVENT'
  | 'DOCUMENT';

/**
 * The closed set of relationship types; Edge.type is always one of them. Direction is
 * meaningful. Defined once, with the kinds each may join, in schema/vocabulary/relationships.ts.
 */
export type RelationshipType =
  /** Bureau → Pledge: the bureau made the pledge (every pledge has exactly one). */
  | 'MADE'
  /** Pledge or Event → Project, Place, Enterprise, Institution: what the pledge builds, pushes, improves or is about. */
  | 'CONCERNS'
  /** Pledge → Enterprise, Institution: a company or body the pledge courts, attracts or brings in. */
  | 'TARGETS'
  /** Pledge → Enterprise, Institution: a partner the pledge relies on or cooperates with. */
  | 'PARTNERS'
  /** Pledge → Place, Project: the park, plaza, place or project the courted parties are meant for. */
  | 'DESTINED_FOR'
  /** Project, Place, Enterprise, Institution → Place: is situated in. */
  | 'LOCATED_IN'
  /** Enterprise, Institution → Place: has settled (入驻) in. */
  | 'SETTLES_IN'
  /** Enterprise, Institution → Place, Project: runs or operates. */
  | 'OPERATES'
  /** Project, Place, Enterprise, Institution → the same kinds: is a part of a larger whole. */
  | 'PART_OF'
  /** Pledge → Institution: a task handed down by a higher authority. */
  | 'ASSIGNED_BY'
  /** Enterprise, Institution → Enterprise, Institution: a stated cooperation between two bodies. */
  | 'COLLABORATES_WITH';

/** Exact words of a source document: document.text.slice(start, end) === quote. */
export type SourceSpan = {
  __typename?: 'SourceSpan';
  documentId: Scalars['ID']['output'];
  /** Offset of the first character, in UTF-16 code units (JavaScript string indices). */
  start: Scalars['Int']['output'];
  /** Offset just past the last character. */
  end: Scalars['Int']['output'];
  quote: Scalars['String']['output'];
};

export type Entity = {
  /** Stable id, kind:slug, e.g. place:sihekou-port. */
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** As written in the source (Chinese). */
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Every other form the source uses, and short forms people type, in both languages. */
  aliases: Array<Scalars['String']['output']>;
  summary?: Maybe<Scalars['String']['output']>;
  summaryZh?: Maybe<Scalars['String']['output']>;
  sources: Array<SourceSpan>;
};

export type Bureau = Entity & {
  __typename?: 'Bureau';
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  summary?: Maybe<Scalars['String']['output']>;
  summaryZh?: Maybe<Scalars['String']['output']>;
  sources: Array<SourceSpan>;
};

export type Pledge = Entity & {
  __typename?: 'Pledge';
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  summary?: Maybe<Scalars['String']['output']>;
  summaryZh?: Maybe<Scalars['String']['output']>;
  sources: Array<SourceSpan>;
  /** The commitment in the source's own words. */
  text: Scalars['String']['output'];
  /** The bureau that made this pledge. */
  bureauId?: Maybe<Scalars['ID']['output']>;
  metric?: Maybe<Scalars['String']['output']>;
  target?: Maybe<Scalars['Float']['output']>;
  unit?: Maybe<Scalars['String']['output']>;
  /** ≥ for 以上 (at least), = for an exact number. */
  comparator?: Maybe<Scalars['String']['output']>;
  year?: Maybe<Scalars['Int']['output']>;
  status: Scalars['String']['output'];
  /** Why this pledge is attributed to its bureau, where the page layout does not make it obvious. */
  attributionNote?: Maybe<Scalars['String']['output']>;
  /** high, medium or low, where attribution is a judgement. */
  confidence?: Maybe<Scalars['String']['output']>;
};

export type Project = Entity & {
  __typename?: 'Project';
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  summary?: Maybe<Scalars['String']['output']>;
  summaryZh?: Maybe<Scalars['String']['output']>;
  sources: Array<SourceSpan>;
  category?: Maybe<Scalars['String']['output']>;
};

export type Enterprise = Entity & {
  __typename?: 'Enterprise';
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  summary?: Maybe<Scalars['String']['output']>;
  summaryZh?: Maybe<Scalars['String']['output']>;
  sources: Array<SourceSpan>;
  category?: Maybe<Scalars['String']['output']>;
};

export type Institution = Entity & {
  __typename?: 'Institution';
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  summary?: Maybe<Scalars['String']['output']>;
  summaryZh?: Maybe<Scalars['String']['output']>;
  sources: Array<SourceSpan>;
  category?: Maybe<Scalars['String']['output']>;
};

export type Place = Entity & {
  __typename?: 'Place';
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  summary?: Maybe<Scalars['String']['output']>;
  summaryZh?: Maybe<Scalars['String']['output']>;
  sources: Array<SourceSpan>;
  category?: Maybe<Scalars['String']['output']>;
};

/** A named event, such as a meeting at which bureaus spoke. */
export type Event = Entity & {
  __typename?: 'Event';
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  summary?: Maybe<Scalars['String']['output']>;
  summaryZh?: Maybe<Scalars['String']['output']>;
  sources: Array<SourceSpan>;
  category?: Maybe<Scalars['String']['output']>;
};

export type Document = Entity & {
  __typename?: 'Document';
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  summary?: Maybe<Scalars['String']['output']>;
  summaryZh?: Maybe<Scalars['String']['output']>;
  sources: Array<SourceSpan>;
  title: Scalars['String']['output'];
  subtitle?: Maybe<Scalars['String']['output']>;
  /** Date of the event reported, ISO 8601 (YYYY-MM-DD). */
  date?: Maybe<Scalars['String']['output']>;
  reporters: Array<Scalars['String']['output']>;
  place?: Maybe<Scalars['String']['output']>;
  /** The full text, verbatim; SourceSpan offsets index into it. */
  text: Scalars['String']['output'];
};

/** A relationship. Direction is meaningful: source → target. */
export type Edge = {
  __typename?: 'Edge';
  /** Derived from its ends and type: source|TYPE|target. */
  id: Scalars['ID']['output'];
  /** A RelationshipType value (a String in the API contract), e.g. MADE, CONCERNS, TARGETS. */
  type: Scalars['String']['output'];
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  sources: Array<SourceSpan>;
  note?: Maybe<Scalars['String']['output']>;
  attributionNote?: Maybe<Scalars['String']['output']>;
  confidence?: Maybe<Scalars['String']['output']>;
};

export type Subgraph = {
  __typename?: 'Subgraph';
  nodes: Array<Entity>;
  edges: Array<Edge>;
  /** True when the result was cut to the limit. */
  truncated: Scalars['Boolean']['output'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  entity: Entity;
  score: Scalars['Float']['output'];
};

/** An entity the pledges of several bureaus concern. */
export type Shared = {
  __typename?: 'Shared';
  entity: Entity;
  bureaus: Array<Entity>;
  pledges: Array<Pledge>;
};

/** An enterprise or institution being courted, partnered or brought in. */
export type Target = {
  __typename?: 'Target';
  enterprise: Entity;
  bureaus: Array<Entity>;
  pledges: Array<Pledge>;
  /** The parks, places, plazas or projects it is courted for. */
  destinations: Array<Entity>;
  /** How the pledges relate to it: TARGETS (courted, brought in) and/or PARTNERS. */
  relations: Array<Scalars['String']['output']>;
};

/** Words of a document cited by an entity or a relationship (exactly one of entityId, edgeId). */
export type Citation = {
  __typename?: 'Citation';
  span: SourceSpan;
  entityId?: Maybe<Scalars['ID']['output']>;
  edgeId?: Maybe<Scalars['ID']['output']>;
};

export type Walkthrough = {
  __typename?: 'Walkthrough';
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  titleZh?: Maybe<Scalars['String']['output']>;
  steps: Array<Step>;
};

export type Step = {
  __typename?: 'Step';
  title: Scalars['String']['output'];
  titleZh?: Maybe<Scalars['String']['output']>;
  narration: Scalars['String']['output'];
  narrationZh?: Maybe<Scalars['String']['output']>;
  /** Ids of the entities this step shows. */
  focus: Array<Scalars['ID']['output']>;
};

export type Count = {
  __typename?: 'Count';
  key: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

export type Stats = {
  __typename?: 'Stats';
  /** Nodes per kind (EntityKind values). */
  kinds: Array<Count>;
  /** Relationships per type. */
  relationships: Array<Count>;
};

export type Query = {
  __typename?: 'Query';
  /** Full-text search over names and aliases, Chinese and English; ranked. */
  search: Array<SearchHit>;
  entity?: Maybe<Entity>;
  /** Entities of the given kinds (all kinds when omitted) in the article's reading order; at most limit (1..2000). */
  entities: Array<Entity>;
  /**
   * Nodes within depth (1..3) of ids (1..200 ids), and every relationship among them; at most
   * limit (1..2000) nodes, nearest first then by id, truncated when cut. kinds filters the nodes
   * returned (the walk itself crosses every kind); the given ids are always of the result.
   */
  neighborhood: Subgraph;
  /** All shortest paths between two entities, ignoring direction, up to maxHops (1..8); at most 100. */
  paths: Array<Subgraph>;
  /** Entities that the pledges of at least minBureaus (1..100) bureaus point to; most bureaus first. */
  sharedByBureaus: Array<Shared>;
  /** Enterprises and institutions courted or partnered, of one bureau or of all. */
  investmentTargets: Array<Target>;
  /** Pledges of one bureau, or of all, in the article's reading order. */
  pledges: Array<Pledge>;
  /** A source document with its full text, for the reading view. */
  document?: Maybe<Document>;
  /** Every span of a document that the graph cites, in text order, with who cites it: for the reading view. */
  citations: Array<Citation>;
  walkthroughs: Array<Walkthrough>;
  stats: Stats;
};


export type QuerySearchArgs = {
  text: Scalars['String']['input'];
  kinds?: InputMaybe<Array<EntityKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEntitiesArgs = {
  kinds?: InputMaybe<Array<EntityKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNeighborhoodArgs = {
  ids: Array<Scalars['ID']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPathsArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySharedByBureausArgs = {
  kinds?: InputMaybe<Array<EntityKind>>;
  minBureaus?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInvestmentTargetsArgs = {
  bureauId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPledgesArgs = {
  bureauId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCitationsArgs = {
  documentId: Scalars['ID']['input'];
};

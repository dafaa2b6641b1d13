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

export type Bureau = Entity & {
  __typename?: 'Bureau';
  aliases: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  sources: Array<SourceSpan>;
  summary?: Maybe<Scalars['String']['output']>;
  summaryZh?: Maybe<Scalars['String']['output']>;
};

export type Count = {
  __typename?: 'Count';
  count: Scalars['Int']['output'];
  key: Scalars['String']['output'];
};

export type Document = Entity & {
  __typename?: 'Document';
  aliases: Array<Scalars['String']['output']>;
  /** Date of the event reported, ISO 8601 (YYYY-MM-DD). */
  date?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  place?: Maybe<Scalars['String']['output']>;
  reporters: Array<Scalars['String']['output']>;
  sources: Array<SourceSpan>;
  subtitle?: Maybe<Scalars['String']['output']>;
  summary?: Maybe<Scalars['String']['output']>;
  summaryZh?: Maybe<Scalars['String']['output']>;
  /** The full text, verbatim; SourceSpan offsets index into it. */
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** A relationship. Direction is meaningful: source → target. */
export type Edge = {
  __typename?: 'Edge';
  attributionNote?: Maybe<Scalars['String']['output']>;
  confidence?: Maybe<Scalars['String']['output']>;
  /** Derived from its ends and type: source|TYPE|target. */
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  source: Scalars['ID']['output'];
  sources: Array<SourceSpan>;
  target: Scalars['ID']['output'];
  /** One of the closed set documented in seeds/README.md, e.g. MADE, CONCERNS, TARGETS. */
  type: Scalars['String']['output'];
};

export type Enterprise = Entity & {
  __typename?: 'Enterprise';
  aliases: Array<Scalars['String']['output']>;
  category?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  sources: Array<SourceSpan>;
  summary?: Maybe<Scalars['String']['output']>;
  summaryZh?: Maybe<Scalars['String']['output']>;
};

export type Entity = {
  /** Every other form the source uses, and short forms people type, in both languages. */
  aliases: Array<Scalars['String']['output']>;
  /** Stable id, kind:slug, e.g. place:sihekou-port. */
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** As written in the source (Chinese). */
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  sources: Array<SourceSpan>;
  summary?: Maybe<Scalars['String']['output']>;
  summaryZh?: Maybe<Scalars['String']['output']>;
};

export type EntityKind =
  | 'BUREAU'
  | 'DOCUMENT'
  | 'ENTERPRISE'
  | 'INSTITUTION'
  | 'PLACE'
  | 'PLEDGE'
  | 'PROJECT';

export type Institution = Entity & {
  __typename?: 'Institution';
  aliases: Array<Scalars['String']['output']>;
  category?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  sources: Array<SourceSpan>;
  summary?: Maybe<Scalars['String']['output']>;
  summaryZh?: Maybe<Scalars['String']['output']>;
};

export type Place = Entity & {
  __typename?: 'Place';
  aliases: Array<Scalars['String']['output']>;
  category?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  sources: Array<SourceSpan>;
  summary?: Maybe<Scalars['String']['output']>;
  summaryZh?: Maybe<Scalars['String']['output']>;
};

export type Pledge = Entity & {
  __typename?: 'Pledge';
  aliases: Array<Scalars['String']['output']>;
  /** Why this pledge is attributed to its bureau, where the page layout does not make it obvious. */
  attributionNote?: Maybe<Scalars['String']['output']>;
  /** The bureau that made this pledge. */
  bureauId?: Maybe<Scalars['ID']['output']>;
  /** ≥ for 以上 (at least), = for an exact number. */
  comparator?: Maybe<Scalars['String']['output']>;
  /** high, medium or low, where attribution is a judgement. */
  confidence?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  metric?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  sources: Array<SourceSpan>;
  status: Scalars['String']['output'];
  summary?: Maybe<Scalars['String']['output']>;
  summaryZh?: Maybe<Scalars['String']['output']>;
  target?: Maybe<Scalars['Float']['output']>;
  /** The commitment in the source's own words. */
  text: Scalars['String']['output'];
  unit?: Maybe<Scalars['String']['output']>;
  year?: Maybe<Scalars['Int']['output']>;
};

export type Project = Entity & {
  __typename?: 'Project';
  aliases: Array<Scalars['String']['output']>;
  category?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  sources: Array<SourceSpan>;
  summary?: Maybe<Scalars['String']['output']>;
  summaryZh?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** A source document with its full text, for the reading view. */
  document?: Maybe<Document>;
  entity?: Maybe<Entity>;
  /** Enterprises and institutions courted or partnered, of one bureau or of all. */
  investmentTargets: Array<Target>;
  /**
   * Nodes within depth (1..3) of ids (1..200 ids), and every relationship among them; at most
   * limit (1..2000) nodes, nearest first then by id, truncated when cut. kinds filters the nodes
   * returned (the walk itself crosses every kind); the given ids are always of the result.
   */
  neighborhood: Subgraph;
  /** All shortest paths between two entities, ignoring direction, up to maxHops (1..8); at most 100. */
  paths: Array<Subgraph>;
  /** Pledges of one bureau, or of all, in the article's reading order. */
  pledges: Array<Pledge>;
  /** Full-text search over names and aliases, Chinese and English; ranked. */
  search: Array<SearchHit>;
  /** Entities that the pledges of at least minBureaus (1..100) bureaus point to; most bureaus first. */
  sharedByBureaus: Array<Shared>;
  stats: Stats;
  walkthroughs: Array<Walkthrough>;
};


export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvestmentTargetsArgs = {
  bureauId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  ids: Array<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPathsArgs = {
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


export type QueryPledgesArgs = {
  bureauId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySearchArgs = {
  kinds?: InputMaybe<Array<EntityKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QuerySharedByBureausArgs = {
  kinds?: InputMaybe<Array<EntityKind>>;
  minBureaus?: InputMaybe<Scalars['Int']['input']>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  entity: Entity;
  score: Scalars['Float']['output'];
};

/** An entity the pledges of several bureaus concern. */
export type Shared = {
  __typename?: 'Shared';
  bureaus: Array<Entity>;
  entity: Entity;
  pledges: Array<Pledge>;
};

/** Exact words of a source document: document.text.slice(start, end) === quote. */
export type SourceSpan = {
  __typename?: 'SourceSpan';
  documentId: Scalars['ID']['output'];
  /** Offset just past the last character. */
  end: Scalars['Int']['output'];
  quote: Scalars['String']['output'];
  /** Offset of the first character, in UTF-16 code units (JavaScript string indices). */
  start: Scalars['Int']['output'];
};

export type Stats = {
  __typename?: 'Stats';
  /** Nodes per kind (EntityKind values). */
  kinds: Array<Count>;
  /** Relationships per type. */
  relationships: Array<Count>;
};

export type Step = {
  __typename?: 'Step';
  /** Ids of the entities this step shows. */
  focus: Array<Scalars['ID']['output']>;
  narration: Scalars['String']['output'];
  narrationZh?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  titleZh?: Maybe<Scalars['String']['output']>;
};

export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<Edge>;
  nodes: Array<Entity>;
  /** True when the result was cut to the limit. */
  truncated: Scalars['Boolean']['output'];
};

/** An enterprise or institution being courted, partnered or brought in. */
export type Target = {
  __typename?: 'Target';
  bureaus: Array<Entity>;
  /** The parks, places, plazas or projects it is courted for. */
  destinations: Array<Entity>;
  enterprise: Entity;
  pledges: Array<Pledge>;
  /** How the pledges relate to it: TARGETS (courted, brought in) and/or PARTNERS. */
  relations: Array<Scalars['String']['output']>;
};

export type Walkthrough = {
  __typename?: 'Walkthrough';
  id: Scalars['ID']['output'];
  steps: Array<Step>;
  title: Scalars['String']['output'];
  titleZh?: Maybe<Scalars['String']['output']>;
};

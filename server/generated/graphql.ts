/* Generated from schema/*.graphql by `npm run codegen`. Do not edit. */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
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
  /** The Document whose text is cited. */
  documentId: Scalars['ID']['output'];
  /** Offset of the first character, in UTF-16 code units (JavaScript string indices). */
  start: Scalars['Int']['output'];
  /** Offset just past the last character. */
  end: Scalars['Int']['output'];
  /** The cited words themselves. */
  quote: Scalars['String']['output'];
  /** The cited document's date (YYYY-MM-DD): an entity's sources are listed newest first by it. */
  documentDate?: Maybe<Scalars['String']['output']>;
};

/**
 * Where a pledge stands, on the scale public promise trackers use (PolitiFact's Obameter and the
 * trackers built on its method); rated on outcomes, not intentions. The values are the words the
 * API and the ingest drafts use as they are written here.
 */
export type PledgeStatus =
  /** Made, not yet rated. */
  | 'pledged'
  /** Work on it has started (开工, 签约, 完成工程量…). */
  | 'in_the_works'
  /** Work on it has stopped or is stuck. */
  | 'stalled'
  /** Verdict: done as pledged. */
  | 'kept'
  /** Verdict: substantially less than pledged, but a real step towards it. */
  | 'compromise'
  /** Verdict: not done. */
  | 'broken';

/** One step of a pledge's status history: what changed, when, and the words that say so. */
export type StatusChange = {
  __typename?: 'StatusChange';
  status: PledgeStatus;
  /** When it changed, YYYY-MM-DD (a report's date, or a date it states). */
  date: Scalars['String']['output'];
  /**
   * The words of a source that state the change, at least one; for a verdict (kept, compromise,
   * broken) they are its evidence.
   */
  sources: Array<SourceSpan>;
  /** The amount achieved, where the words give one (1200 for 新增停车位1200个). */
  value?: Maybe<Scalars['Float']['output']>;
  /** The unit of value, e.g. 个. */
  unit?: Maybe<Scalars['String']['output']>;
  /** value as a share of the pledge's target (0.3 for 1,200 of ≥ 4,000), where both are known. */
  share?: Maybe<Scalars['Float']['output']>;
  /** A reviewer's note on the rating. */
  note?: Maybe<Scalars['String']['output']>;
  /**
   * True for the first entry of every pledge: pledged, as of the date of the document that
   * records the pledge (the meeting's date for the seeded article); derived from that document,
   * not stored.
   */
  derived: Scalars['Boolean']['output'];
};

/**
 * A node of the graph. The types implementing it carry these fields with the same meaning;
 * each kind adds its own (a pledge its numbers, a document its text).
 */
export type Entity = {
  /** Stable id, kind:slug, e.g. place:sihekou-port. */
  id: Scalars['ID']['output'];
  /** What the entity is; the same as the implementing type's name, upper-cased. */
  kind: EntityKind;
  /** As written in the source (Chinese). */
  name: Scalars['String']['output'];
  /** The English name; null where none has been given. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Every other form the source uses, and short forms people type, in both languages. */
  aliases: Array<Scalars['String']['output']>;
  /** What the source says of it, in English. */
  summary?: Maybe<Scalars['String']['output']>;
  /** The same summary in Chinese, where written. */
  summaryZh?: Maybe<Scalars['String']['output']>;
  /** The words of the source that state this entity: at least one span. */
  sources: Array<SourceSpan>;
};

/** A bureau (or centre) of the district that made pledges. */
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

/** A commitment a bureau made for the year, with its numbers where the source gives them. */
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
  /** What is measured, e.g. growth of technology-contract turnover. */
  metric?: Maybe<Scalars['String']['output']>;
  /** metric in Chinese, e.g. 技术合同成交额增长. */
  metricZh?: Maybe<Scalars['String']['output']>;
  /** The number promised (10 for 增长10%以上). */
  target?: Maybe<Scalars['Float']['output']>;
  /** The unit of target, e.g. %, 亿元, 个. */
  unit?: Maybe<Scalars['String']['output']>;
  /** unit in Chinese where unit is in English words (roads → 条); null where unit reads the same in both (%). */
  unitZh?: Maybe<Scalars['String']['output']>;
  /** ≥ for 以上 (at least), = for an exact number. */
  comparator?: Maybe<Scalars['String']['output']>;
  /** The year the pledge is for. */
  year?: Maybe<Scalars['Int']['output']>;
  /**
   * A PledgeStatus value: the last of statusHistory, or the last one on or before the asOf date
   * where the query takes one (pledges, neighborhood). pledged until rated otherwise.
   */
  status: Scalars['String']['output'];
  /** Every change of status, oldest first, beginning with pledged on the date of its document (derived). */
  statusHistory: Array<StatusChange>;
  /** Why this pledge is attributed to its bureau, where the page layout does not make it obvious. */
  attributionNote?: Maybe<Scalars['String']['output']>;
  /** attributionNote in Chinese (present wherever attributionNote is). */
  attributionNoteZh?: Maybe<Scalars['String']['output']>;
  /** high, medium or low, where attribution is a judgement. */
  confidence?: Maybe<Scalars['String']['output']>;
};

/** A project a pledge pushes or builds. */
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
  /** A finer grouping within the kind, where the curators gave one (e.g. park, port). */
  category?: Maybe<Scalars['String']['output']>;
};

/** A company: courted, partnered or operating somewhere. */
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
  /** A finer grouping within the kind, where the curators gave one (e.g. park, port). */
  category?: Maybe<Scalars['String']['output']>;
};

/** A public body, university, centre or higher authority. */
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
  /** A finer grouping within the kind, where the curators gave one (e.g. park, port). */
  category?: Maybe<Scalars['String']['output']>;
};

/** A park, plaza, port, district or other place. */
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
  /** A finer grouping within the kind, where the curators gave one (e.g. park, port). */
  category?: Maybe<Scalars['String']['output']>;
};

/** A named event, such as the meeting at which the bureaus made their pledges. */
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
  /** A finer grouping within the kind, where the curators gave one (e.g. park, port). */
  category?: Maybe<Scalars['String']['output']>;
};

/** A source document, stored verbatim; every SourceSpan indexes into its text. */
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
  /** The headline. */
  title: Scalars['String']['output'];
  /** The line above or below the headline, where there is one. */
  subtitle?: Maybe<Scalars['String']['output']>;
  /** Date of the event reported, ISO 8601 (YYYY-MM-DD). */
  date?: Maybe<Scalars['String']['output']>;
  /** Who wrote the report, as the byline names them. */
  reporters: Array<Scalars['String']['output']>;
  /** Where the report was filed. */
  place?: Maybe<Scalars['String']['output']>;
  /** The full text, verbatim; SourceSpan offsets index into it. */
  text: Scalars['String']['output'];
  /** Where the report was published (a link), where known. */
  source?: Maybe<Scalars['String']['output']>;
  /** The text's language (BCP 47, e.g. zh). */
  language?: Maybe<Scalars['String']['output']>;
  /** Hex SHA-256 of the text (UTF-8): the same text is always the same document. */
  sha256?: Maybe<Scalars['String']['output']>;
  /** SEED (from seeds/documents) or USER (stored by ingestDocument). */
  origin?: Maybe<DataOrigin>;
};

/** Who owns a piece of data: the seed files, or a user of the editor. */
export type DataOrigin =
  /** Loaded from seeds/; the loader replaces it when the seeds change. */
  | 'SEED'
  /** Written through a mutation; restarts, re-seeding and npm run load keep it. */
  | 'USER';

/** A stored document as the documents list shows it, without its text. */
export type DocumentEntry = {
  __typename?: 'DocumentEntry';
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  /** YYYY-MM-DD. */
  date?: Maybe<Scalars['String']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  language?: Maybe<Scalars['String']['output']>;
  sha256?: Maybe<Scalars['String']['output']>;
  origin: DataOrigin;
  /** Length of the text in UTF-16 code units. */
  chars: Scalars['Int']['output'];
  /** Entities (other than documents) citing it. */
  entities: Scalars['Int']['output'];
  /** Relationships citing it. */
  relationships: Scalars['Int']['output'];
  /** Pledges citing it. */
  pledges: Scalars['Int']['output'];
  /** Status changes citing it. */
  statusChanges: Scalars['Int']['output'];
};

/** A relationship. Direction is meaningful: source → target. */
export type Edge = {
  __typename?: 'Edge';
  /** Derived from its ends and type: source|TYPE|target. */
  id: Scalars['ID']['output'];
  /** A RelationshipType value (a String in the API contract), e.g. MADE, CONCERNS, TARGETS. */
  type: Scalars['String']['output'];
  /** The id of the entity it starts at. */
  source: Scalars['ID']['output'];
  /** The id of the entity it ends at. */
  target: Scalars['ID']['output'];
  /** The words of the source that state this relationship: at least one span. */
  sources: Array<SourceSpan>;
  /** A curator's note on how the relationship was read. */
  note?: Maybe<Scalars['String']['output']>;
  /** note in Chinese (present wherever note is). */
  noteZh?: Maybe<Scalars['String']['output']>;
  /** Why the words are attributed to this bureau, where the page layout does not make it obvious. */
  attributionNote?: Maybe<Scalars['String']['output']>;
  /** attributionNote in Chinese (present wherever attributionNote is). */
  attributionNoteZh?: Maybe<Scalars['String']['output']>;
  /** high, medium or low, where the relationship is a reading rather than stated outright. */
  confidence?: Maybe<Scalars['String']['output']>;
};

/** A set of entities and every relationship among them. */
export type Subgraph = {
  __typename?: 'Subgraph';
  nodes: Array<Entity>;
  edges: Array<Edge>;
  /** True when the result was cut to the limit. */
  truncated: Scalars['Boolean']['output'];
};

/** One search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  entity: Entity;
  /** Higher is better: an exact name or alias first, then prefixes, then full-text matches. */
  score: Scalars['Float']['output'];
};

/** An entity the pledges of several bureaus concern. */
export type Shared = {
  __typename?: 'Shared';
  /** The project, place or other entity the pledges concern. */
  entity: Entity;
  /** The bureaus whose pledges concern it. */
  bureaus: Array<Entity>;
  /** Those pledges. */
  pledges: Array<Pledge>;
};

/**
 * How far the courting of a company or institution has gone, derived from the verb the source
 * uses for it; the table of verbs is server/targets/stages.ts. Furthest first.
 */
export type TargetStage =
  /** It settles, or is to settle, in a park or place: 入驻, 落户. */
  | 'SETTLED'
  /** It is being attracted, brought in or contacted: 招引, 引进, 引入, 对接. */
  | 'COURTED'
  /** It is being inspected and studied: 考察, 调研. */
  | 'STUDIED'
  /** It is being watched closely: 紧盯. */
  | 'WATCHED';

/** An enterprise or institution being courted, partnered or brought in. */
export type Target = {
  __typename?: 'Target';
  /** The enterprise or institution. */
  enterprise: Entity;
  /** The bureaus whose pledges court or partner it. */
  bureaus: Array<Entity>;
  /** Those pledges. */
  pledges: Array<Pledge>;
  /**
   * Where it is courted for or sits: the parks, places, plazas or projects its pledges are
   * DESTINED_FOR, the places it SETTLES_IN and what it OPERATES; where the graph knows none of
   * these, the places it is LOCATED_IN. In reading order.
   */
  destinations: Array<Entity>;
  /**
   * How it is related: TARGETS (courted, brought in) and/or PARTNERS from the pledges, and the
   * enterprise's own SETTLES_IN and/or OPERATES.
   */
  relations: Array<Scalars['String']['output']>;
  /** The furthest stage over all its bureaus (byBureau); null when no quote holds a verb of the stage table. */
  stage?: Maybe<TargetStage>;
  /** The verb that gave stage, as the source writes it (入驻, 引入, …). */
  stageVerb?: Maybe<Scalars['String']['output']>;
  /** One entry per bureau whose pledges court or partner it: the rows of the investment-targets table. */
  byBureau: Array<TargetByBureau>;
};

/** One bureau's side of a Target: one row of the investment-targets table. */
export type TargetByBureau = {
  __typename?: 'TargetByBureau';
  /** The bureau. */
  bureau: Entity;
  /** Its pledges that court or partner the enterprise. */
  pledges: Array<Pledge>;
  /** TARGETS and/or PARTNERS from these pledges, and the enterprise's own SETTLES_IN and/or OPERATES. */
  relations: Array<Scalars['String']['output']>;
  /**
   * Derived from the verb of the nearest words: the quotes of these relationships, else the
   * pledges' text, else the pledges' other quotes; the furthest stage among the verbs found there.
   * Null when none holds a verb of the stage table.
   */
  stage?: Maybe<TargetStage>;
  /** The verb that gave stage, as the source writes it. */
  stageVerb?: Maybe<Scalars['String']['output']>;
  /** The quote in which stageVerb occurs. */
  stageQuote?: Maybe<Scalars['String']['output']>;
  /** Where it is courted for or sits, through these pledges and the enterprise's own relationships (as Target.destinations). */
  destinations: Array<Entity>;
  /** The words of the source that state these relationships, in text order. */
  sources: Array<SourceSpan>;
};

/** Words of a document cited by an entity or a relationship (exactly one of entityId, edgeId). */
export type Citation = {
  __typename?: 'Citation';
  span: SourceSpan;
  /** The entity citing the span, or null when a relationship does. */
  entityId?: Maybe<Scalars['ID']['output']>;
  /** The relationship citing the span, or null when an entity does. */
  edgeId?: Maybe<Scalars['ID']['output']>;
};

/** Who owns a walkthrough: the seed files (read-only templates) or a user of the editor. */
export type WalkthroughOrigin =
  /** Loaded from seeds/walkthroughs; re-seeding replaces it; it can be duplicated, not changed. */
  | 'SEED'
  /** Saved through saveWalkthrough; restarts, re-seeding and npm run load keep it. */
  | 'USER';

/** A guided walk through the graph for presenting, step by step. */
export type Walkthrough = {
  __typename?: 'Walkthrough';
  /** walkthrough:slug */
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  /** The title in Chinese, where written. */
  titleZh?: Maybe<Scalars['String']['output']>;
  steps: Array<Step>;
  /** SEED (a read-only template) or USER. */
  origin: WalkthroughOrigin;
  /** When a user last saved it (ISO 8601, UTC); null for seeded walkthroughs. */
  updatedAt?: Maybe<Scalars['String']['output']>;
};

/** Where a node sits on a step's canvas, in the canvas's model coordinates. */
export type NodePosition = {
  __typename?: 'NodePosition';
  id: Scalars['ID']['output'];
  x: Scalars['Float']['output'];
  y: Scalars['Float']['output'];
};

/** The canvas's zoom and pan when a step was captured. */
export type Viewport = {
  __typename?: 'Viewport';
  zoom: Scalars['Float']['output'];
  x: Scalars['Float']['output'];
  y: Scalars['Float']['output'];
};

/** One step of a walkthrough: what to show and what to say. */
export type Step = {
  __typename?: 'Step';
  title: Scalars['String']['output'];
  /** The title in Chinese, where written. */
  titleZh?: Maybe<Scalars['String']['output']>;
  /** What the presenter says, in English. */
  narration: Scalars['String']['output'];
  /** What the presenter says, in Chinese, where written. */
  narrationZh?: Maybe<Scalars['String']['output']>;
  /** The presenter's own notes for the speaker view, in English (not shown to the room). */
  notes?: Maybe<Scalars['String']['output']>;
  /** The speaker notes in Chinese. */
  notesZh?: Maybe<Scalars['String']['output']>;
  /** Ids of the entities this step shows. */
  focus: Array<Scalars['ID']['output']>;
  /** Ids (of focus) drawn emphasised; empty when none is. */
  highlight: Array<Scalars['ID']['output']>;
  /** Ids (of focus) selected, so the narration's sources are marked; empty when none is. */
  selection: Array<Scalars['ID']['output']>;
  /** How the step is laid out: fcose, concentric, breadthfirst, or preset (the positions below). */
  layout?: Maybe<Scalars['String']['output']>;
  /** Where each node sits; with them every load of the step looks the same. Empty when the layout places them. */
  positions: Array<NodePosition>;
  /** Zoom and pan as captured; null to fit the step's nodes. */
  viewport?: Maybe<Viewport>;
};

/** A node's position in a StepInput. */
export type NodePositionInput = {
  id: Scalars['ID']['input'];
  x: Scalars['Float']['input'];
  y: Scalars['Float']['input'];
};

/** Zoom and pan in a StepInput. */
export type ViewportInput = {
  zoom: Scalars['Float']['input'];
  x: Scalars['Float']['input'];
  y: Scalars['Float']['input'];
};

/** One step to save; the fields mean what they mean on Step. */
export type StepInput = {
  title: Scalars['String']['input'];
  titleZh?: InputMaybe<Scalars['String']['input']>;
  narration: Scalars['String']['input'];
  narrationZh?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  notesZh?: InputMaybe<Scalars['String']['input']>;
  /** 1..200 ids of existing entities. */
  focus: Array<Scalars['ID']['input']>;
  /** A subset of focus. */
  highlight?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A subset of focus. */
  selection?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** fcose, concentric, breadthfirst or preset. */
  layout?: InputMaybe<Scalars['String']['input']>;
  /** Positions of focus nodes (ids of focus only). */
  positions?: InputMaybe<Array<NodePositionInput>>;
  viewport?: InputMaybe<ViewportInput>;
};

/** A walkthrough to save: without id a new one is created; with the id of a user walkthrough, it is replaced. */
export type WalkthroughInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  titleZh?: InputMaybe<Scalars['String']['input']>;
  /** 1..100 steps. */
  steps: Array<StepInput>;
};

/** How many of one key there are. */
export type Count = {
  __typename?: 'Count';
  key: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

/** The size of the graph. */
export type Stats = {
  __typename?: 'Stats';
  /** Nodes per kind (EntityKind values). */
  kinds: Array<Count>;
  /** Relationships per type. */
  relationships: Array<Count>;
};

/** Reading is open to everyone; every answer is bounded, and says when it was cut. */
export type Query = {
  __typename?: 'Query';
  /**
   * Search names, aliases and summaries, Chinese (any substring: 复兴之路, 泗河口) and English
   * (Sihekou, Fuxing Road, ZTO); ranked. text is matched literally (Lucene syntax is escaped);
   * kinds limits the kinds returned; limit is 1..100. documentId, from and to (YYYY-MM-DD,
   * inclusive) keep only entities that cite that document, or a document dated in that range.
   */
  search: Array<SearchHit>;
  /** One entity by id, or null when there is none. */
  entity?: Maybe<Entity>;
  /** Entities of the given kinds (all kinds when omitted) in the article's reading order; at most limit (1..2000). */
  entities: Array<Entity>;
  /**
   * Nodes within depth (1..3) of ids (1..200 ids), and every relationship among them; at most
   * limit (1..2000) nodes, nearest first then by id, truncated when cut. kinds filters the nodes
   * returned (the walk itself crosses every kind); the given ids are always of the result.
   * documentId, from and to (YYYY-MM-DD, inclusive) filter the nodes and relationships returned
   * the same way, to those citing that document or a document dated in that range. asOf
   * (YYYY-MM-DD) gives each pledge its status on that date and leaves out pledges made after it
   * (the given ids stay).
   */
  neighborhood: Subgraph;
  /** All shortest paths between two entities, ignoring direction, up to maxHops (1..8); at most 100. */
  paths: Array<Subgraph>;
  /**
   * Entities that the pledges of at least minBureaus (1..100) bureaus point to; most bureaus first
   * (then by name), at most limit (1..5000) of them. Every entity is in /export/shared.csv.
   */
  sharedByBureaus: Array<Shared>;
  /**
   * Enterprises and institutions courted or partnered, of one bureau or of all, by name (in code
   * point order, then id): at most limit (1..2000) of them. A page: after is the enterprise id of
   * the previous page's last target, and an answer shorter than limit is the last page.
   */
  investmentTargets: Array<Target>;
  /**
   * Pledges of one bureau, or of all, in reading order: at most limit (1..5000) of them. With asOf
   * (YYYY-MM-DD): only pledges made by then, each with its status on that date. A page: after is
   * the id of the previous page's last pledge, and an answer shorter than limit is the last page.
   */
  pledges: Array<Pledge>;
  /** Every stored document, newest first (by date, then id), with how much of the graph cites it. */
  documents: Array<DocumentEntry>;
  /** A source document with its full text, for the reading view. */
  document?: Maybe<Document>;
  /** Every span of a document that the graph cites, in text order, with who cites it: for the reading view. */
  citations: Array<Citation>;
  /** The guided walkthroughs for presenting: seeded ones first, in order, then users' ones, newest first. */
  walkthroughs: Array<Walkthrough>;
  /** One walkthrough by id, or null when there is none. */
  walkthrough?: Maybe<Walkthrough>;
  /** Nodes per kind and relationships per type. */
  stats: Stats;
  /**
   * The cited draft of a new report, for the review view (?view=ingest): mentions of the graph's
   * current entities, candidate new entities, pledges and progress, each with its span of the
   * decoded text, by the offline, deterministic extraction of the command line (npm run ingest --
   * draft). Give input.text (pasted) or input.file (a dropped file's bytes, decoded as UTF-8 or
   * GBK/GB18030; .html stripped of its tags). It writes nothing, but it is the editor's tool and
   * costs CPU: it needs the editor token (UNAUTHENTICATED without it). Empty, binary, undecodable
   * text, text over 1 MB, a file that is not .txt, .md or .html, and a date that is not a date are
   * BAD_USER_INPUT naming the argument.
   */
  draftDocument: Draft;
};


/** Reading is open to everyone; every answer is bounded, and says when it was cut. */
export type QuerySearchArgs = {
  text: Scalars['String']['input'];
  kinds?: InputMaybe<Array<EntityKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  documentId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/** Reading is open to everyone; every answer is bounded, and says when it was cut. */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/** Reading is open to everyone; every answer is bounded, and says when it was cut. */
export type QueryEntitiesArgs = {
  kinds?: InputMaybe<Array<EntityKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** Reading is open to everyone; every answer is bounded, and says when it was cut. */
export type QueryNeighborhoodArgs = {
  ids: Array<Scalars['ID']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  documentId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** Reading is open to everyone; every answer is bounded, and says when it was cut. */
export type QueryPathsArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
};


/** Reading is open to everyone; every answer is bounded, and says when it was cut. */
export type QuerySharedByBureausArgs = {
  kinds?: InputMaybe<Array<EntityKind>>;
  minBureaus?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** Reading is open to everyone; every answer is bounded, and says when it was cut. */
export type QueryInvestmentTargetsArgs = {
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['ID']['input']>;
};


/** Reading is open to everyone; every answer is bounded, and says when it was cut. */
export type QueryPledgesArgs = {
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['ID']['input']>;
};


/** Reading is open to everyone; every answer is bounded, and says when it was cut. */
export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


/** Reading is open to everyone; every answer is bounded, and says when it was cut. */
export type QueryCitationsArgs = {
  documentId: Scalars['ID']['input'];
};


/** Reading is open to everyone; every answer is bounded, and says when it was cut. */
export type QueryWalkthroughArgs = {
  id: Scalars['ID']['input'];
};


/** Reading is open to everyone; every answer is bounded, and says when it was cut. */
export type QueryDraftDocumentArgs = {
  input: DraftInput;
};

/**
 * Writes. Every mutation needs the editor token (Authorization: Bearer <token>); without it the
 * answer is UNAUTHENTICATED and nothing is written. Reading needs no token.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Create (input.id absent) or replace (input.id of a USER walkthrough) a walkthrough. Seeded
   * walkthroughs are read-only (FORBIDDEN): save a copy without id. An unknown id in a step is
   * BAD_USER_INPUT naming it.
   */
  saveWalkthrough: Walkthrough;
  /** Delete a USER walkthrough; false when there was none with that id. Seeded ones are FORBIDDEN. */
  deleteWalkthrough: Scalars['Boolean']['output'];
  /**
   * Create a USER walkthrough from a YAML file in the seeds' format (seeds/walkthroughs/*.yaml);
   * a bad file is BAD_USER_INPUT with the line and what is wrong. The file's id is kept when free,
   * else a new one is given.
   */
  importWalkthrough: Walkthrough;
  /**
   * Store a reviewed draft in ONE transaction: the document (the same text, by sha256, is the same
   * document: then the items are added to the stored one), and the accepted entities, pledges,
   * mentions of existing entities, relationships and status changes, each citing spans of that
   * document. Bad input (empty text, text over 1 MB, a date that is not a date, a span that is not
   * the document's words, an id that names no entity, deleted meanwhile say) is BAD_USER_INPUT
   * naming the argument's path, and nothing is written. What it stores is USER data: restarts,
   * re-seeding and npm run load keep it.
   */
  ingestDocument: IngestResult;
};


/**
 * Writes. Every mutation needs the editor token (Authorization: Bearer <token>); without it the
 * answer is UNAUTHENTICATED and nothing is written. Reading needs no token.
 */
export type MutationSaveWalkthroughArgs = {
  input: WalkthroughInput;
};


/**
 * Writes. Every mutation needs the editor token (Authorization: Bearer <token>); without it the
 * answer is UNAUTHENTICATED and nothing is written. Reading needs no token.
 */
export type MutationDeleteWalkthroughArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writes. Every mutation needs the editor token (Authorization: Bearer <token>); without it the
 * answer is UNAUTHENTICATED and nothing is written. Reading needs no token.
 */
export type MutationImportWalkthroughArgs = {
  yaml: Scalars['String']['input'];
};


/**
 * Writes. Every mutation needs the editor token (Authorization: Bearer <token>); without it the
 * answer is UNAUTHENTICATED and nothing is written. Reading needs no token.
 */
export type MutationIngestDocumentArgs = {
  input: IngestInput;
};

/** The document of a draft. */
export type DocumentInput = {
  title: Scalars['String']['input'];
  /** YYYY-MM-DD: the report's date; pledges and status changes are dated by it unless they say otherwise. */
  date: Scalars['String']['input'];
  /** A link to where it was published. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** BCP 47 (zh when absent). */
  language?: InputMaybe<Scalars['String']['input']>;
  /** The full text, verbatim (1 character to 1 MB of UTF-8); spans index into it. */
  text: Scalars['String']['input'];
};

/** Words of the draft's document: text.slice(start, end), UTF-16 offsets; quote, when sent, must equal them. */
export type SpanInput = {
  start: Scalars['Int']['input'];
  end: Scalars['Int']['input'];
  quote?: InputMaybe<Scalars['String']['input']>;
};

/** An existing entity the document mentions: its spans are added to the entity's sources. */
export type MentionInput = {
  entityId: Scalars['ID']['input'];
  spans: Array<SpanInput>;
};

/**
 * A new entity. ref is the draft's own name for it (letters, digits, _ and -; no colon), by which
 * the draft's pledges, relationships and status changes refer to it; the server gives it an id.
 */
export type NewEntityInput = {
  ref: Scalars['String']['input'];
  /** Not PLEDGE (see pledges) nor DOCUMENT. */
  kind: EntityKind;
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  summary?: InputMaybe<Scalars['String']['input']>;
  summaryZh?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  spans: Array<SpanInput>;
};

/**
 * A new pledge, made by bureau (an existing bureau's id, or the ref of a new one). concerns,
 * targets and partners (ids or refs) become CONCERNS, TARGETS and PARTNERS relationships citing
 * the pledge's spans.
 */
export type NewPledgeInput = {
  ref: Scalars['String']['input'];
  bureau: Scalars['String']['input'];
  /** The commitment in the document's words (its spans must hold it). */
  text: Scalars['String']['input'];
  /** A short name; the text's start when absent. */
  name?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  metric?: InputMaybe<Scalars['String']['input']>;
  metricZh?: InputMaybe<Scalars['String']['input']>;
  target?: InputMaybe<Scalars['Float']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
  unitZh?: InputMaybe<Scalars['String']['input']>;
  /** ≥, =, ≤, > or <. */
  comparator?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  /** YYYY-MM-DD, where the words give a deadline. */
  due?: InputMaybe<Scalars['String']['input']>;
  /** high, medium or low. */
  confidence?: InputMaybe<Scalars['String']['input']>;
  spans: Array<SpanInput>;
  concerns?: InputMaybe<Array<Scalars['String']['input']>>;
  targets?: InputMaybe<Array<Scalars['String']['input']>>;
  partners?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A relationship; from and to are ids of existing entities or refs of new ones. */
export type NewRelationshipInput = {
  type: RelationshipType;
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  spans: Array<SpanInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  noteZh?: InputMaybe<Scalars['String']['input']>;
  /** high, medium or low. */
  confidence?: InputMaybe<Scalars['String']['input']>;
};

/** A change of a pledge's status (pledge: an existing pledge's id or a new pledge's ref). */
export type StatusChangeInput = {
  pledge: Scalars['String']['input'];
  status: PledgeStatus;
  /** YYYY-MM-DD; the document's date when absent. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** The words stating it; for a verdict (kept, compromise, broken), its evidence. At least one. */
  spans: Array<SpanInput>;
  value?: InputMaybe<Scalars['Float']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A reviewed draft: the document and what was accepted from it. */
export type IngestInput = {
  document: DocumentInput;
  mentions?: InputMaybe<Array<MentionInput>>;
  entities?: InputMaybe<Array<NewEntityInput>>;
  pledges?: InputMaybe<Array<NewPledgeInput>>;
  relationships?: InputMaybe<Array<NewRelationshipInput>>;
  statusChanges?: InputMaybe<Array<StatusChangeInput>>;
};

/** The id the server gave to a new entity or pledge of a draft. */
export type CreatedEntity = {
  __typename?: 'CreatedEntity';
  ref: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

/** What ingestDocument stored. */
export type IngestResult = {
  __typename?: 'IngestResult';
  /** The document (a stored one when its text was already there). */
  document: Document;
  /** True when the same text (sha256) was already stored: nothing new was made of the document. */
  existed: Scalars['Boolean']['output'];
  /** New entities and pledges, by their ref. */
  created: Array<CreatedEntity>;
  /** Existing entities that gained spans of this document. */
  mentioned: Scalars['Int']['output'];
  /** Relationships made or given spans of this document. */
  relationships: Scalars['Int']['output'];
  /** Status changes stored. */
  statusChanges: Scalars['Int']['output'];
};

/** A dropped report file: its name (the extension says .txt, .md or .html) and its bytes in base64. */
export type DraftFileInput = {
  name: Scalars['String']['input'];
  base64: Scalars['String']['input'];
};

/** What to draft: exactly one of text and file. */
export type DraftInput = {
  /** Pasted text, as it is (at most 1 MB of UTF-8). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** A file's bytes (at most 1 MB), decoded by the server. */
  file?: InputMaybe<DraftFileInput>;
  /** YYYY-MM-DD: the report's date; it dates progress and gives pledges their year and deadlines. */
  date?: InputMaybe<Scalars['String']['input']>;
};

/** The decoded text a draft's offsets index (UTF-16 code units). */
export type DraftText = {
  __typename?: 'DraftText';
  /** The id ingestDocument will give it (or has given it: the same text is the same document). */
  id: Scalars['ID']['output'];
  sha256: Scalars['String']['output'];
  /** Its length in UTF-16 code units. */
  chars: Scalars['Int']['output'];
  /** The decoded text itself: .html without its tags. */
  text: Scalars['String']['output'];
  /** How the bytes were decoded: utf-8, utf-16le, utf-16be or gb18030 (utf-8 for pasted text). */
  encoding: Scalars['String']['output'];
};

/** Words of the text naming an entity already in the graph (longest match first). */
export type DraftMention = {
  __typename?: 'DraftMention';
  entityId: Scalars['ID']['output'];
  start: Scalars['Int']['output'];
  end: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/** A new entity proposed by the genre's naming patterns (…有限公司 → ENTERPRISE), with the rule that fired. */
export type DraftCandidate = {
  __typename?: 'DraftCandidate';
  kind: EntityKind;
  name: Scalars['String']['output'];
  start: Scalars['Int']['output'];
  end: Scalars['Int']['output'];
  rule: Scalars['String']['output'];
};

/** A clause with a commitment, with its numbers where the words give them. */
export type DraftPledge = {
  __typename?: 'DraftPledge';
  /** The bureau that makes it; null when none can be told. */
  bureauId?: Maybe<Scalars['ID']['output']>;
  /** The clause's words (text.slice(start, end)). */
  text: Scalars['String']['output'];
  start: Scalars['Int']['output'];
  end: Scalars['Int']['output'];
  metric?: Maybe<Scalars['String']['output']>;
  target?: Maybe<Scalars['Float']['output']>;
  unit?: Maybe<Scalars['String']['output']>;
  /** ≥, =, ≤, > or <. */
  comparator?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD, where the words give a deadline. */
  due?: Maybe<Scalars['String']['output']>;
  /** Entities of the graph it concerns (ids). */
  concerns: Array<Scalars['ID']['output']>;
  /** 0..1: how sure the rule is. */
  confidence: Scalars['Float']['output'];
  rule: Scalars['String']['output'];
};

/** A statement reporting on a known project or pledge. */
export type DraftProgress = {
  __typename?: 'DraftProgress';
  /** The project (or other entity) it reports on, when one is named. */
  entityId?: Maybe<Scalars['ID']['output']>;
  /** The earlier pledge of the same bureau whose metric it matches, when one does. */
  pledgeId?: Maybe<Scalars['ID']['output']>;
  status: PledgeStatus;
  date?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['Float']['output']>;
  unit?: Maybe<Scalars['String']['output']>;
  /** value / the linked pledge's target (0.3 for 1,200 of ≥ 4,000). */
  share?: Maybe<Scalars['Float']['output']>;
  start: Scalars['Int']['output'];
  end: Scalars['Int']['output'];
  text: Scalars['String']['output'];
  rule: Scalars['String']['output'];
};

/** An entity of the graph a draft refers to, named so that the review can show it. */
export type DraftEntity = {
  __typename?: 'DraftEntity';
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
};

/** What draftDocument proposes; nothing of it is stored until ingestDocument is sent. */
export type Draft = {
  __typename?: 'Draft';
  document: DraftText;
  mentions: Array<DraftMention>;
  candidates: Array<DraftCandidate>;
  pledges: Array<DraftPledge>;
  progress: Array<DraftProgress>;
  /** Every entity of the graph that the mentions, pledges and progress refer to. */
  entities: Array<DraftEntity>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Entity:
    | ( Bureau )
    | ( Pledge )
    | ( Project )
    | ( Enterprise )
    | ( Institution )
    | ( Place )
    | ( Event )
    | ( Document )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  EntityKind: EntityKind;
  RelationshipType: RelationshipType;
  SourceSpan: ResolverTypeWrapper<SourceSpan>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  PledgeStatus: PledgeStatus;
  StatusChange: ResolverTypeWrapper<StatusChange>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Entity: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Entity']>;
  Bureau: ResolverTypeWrapper<Bureau>;
  Pledge: ResolverTypeWrapper<Pledge>;
  Project: ResolverTypeWrapper<Project>;
  Enterprise: ResolverTypeWrapper<Enterprise>;
  Institution: ResolverTypeWrapper<Institution>;
  Place: ResolverTypeWrapper<Place>;
  Event: ResolverTypeWrapper<Event>;
  Document: ResolverTypeWrapper<Document>;
  DataOrigin: DataOrigin;
  DocumentEntry: ResolverTypeWrapper<DocumentEntry>;
  Edge: ResolverTypeWrapper<Edge>;
  Subgraph: ResolverTypeWrapper<Omit<Subgraph, 'nodes'> & { nodes: Array<ResolversTypes['Entity']> }>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  Shared: ResolverTypeWrapper<Omit<Shared, 'entity' | 'bureaus'> & { entity: ResolversTypes['Entity'], bureaus: Array<ResolversTypes['Entity']> }>;
  TargetStage: TargetStage;
  Target: ResolverTypeWrapper<Omit<Target, 'enterprise' | 'bureaus' | 'destinations' | 'byBureau'> & { enterprise: ResolversTypes['Entity'], bureaus: Array<ResolversTypes['Entity']>, destinations: Array<ResolversTypes['Entity']>, byBureau: Array<ResolversTypes['TargetByBureau']> }>;
  TargetByBureau: ResolverTypeWrapper<Omit<TargetByBureau, 'bureau' | 'destinations'> & { bureau: ResolversTypes['Entity'], destinations: Array<ResolversTypes['Entity']> }>;
  Citation: ResolverTypeWrapper<Citation>;
  WalkthroughOrigin: WalkthroughOrigin;
  Walkthrough: ResolverTypeWrapper<Walkthrough>;
  NodePosition: ResolverTypeWrapper<NodePosition>;
  Viewport: ResolverTypeWrapper<Viewport>;
  Step: ResolverTypeWrapper<Step>;
  NodePositionInput: NodePositionInput;
  ViewportInput: ViewportInput;
  StepInput: StepInput;
  WalkthroughInput: WalkthroughInput;
  Count: ResolverTypeWrapper<Count>;
  Stats: ResolverTypeWrapper<Stats>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  DocumentInput: DocumentInput;
  SpanInput: SpanInput;
  MentionInput: MentionInput;
  NewEntityInput: NewEntityInput;
  NewPledgeInput: NewPledgeInput;
  NewRelationshipInput: NewRelationshipInput;
  StatusChangeInput: StatusChangeInput;
  IngestInput: IngestInput;
  CreatedEntity: ResolverTypeWrapper<CreatedEntity>;
  IngestResult: ResolverTypeWrapper<IngestResult>;
  DraftFileInput: DraftFileInput;
  DraftInput: DraftInput;
  DraftText: ResolverTypeWrapper<DraftText>;
  DraftMention: ResolverTypeWrapper<DraftMention>;
  DraftCandidate: ResolverTypeWrapper<DraftCandidate>;
  DraftPledge: ResolverTypeWrapper<DraftPledge>;
  DraftProgress: ResolverTypeWrapper<DraftProgress>;
  DraftEntity: ResolverTypeWrapper<DraftEntity>;
  Draft: ResolverTypeWrapper<Draft>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  SourceSpan: SourceSpan;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  StatusChange: StatusChange;
  Float: Scalars['Float']['output'];
  Boolean: Scalars['Boolean']['output'];
  Entity: ResolversInterfaceTypes<ResolversParentTypes>['Entity'];
  Bureau: Bureau;
  Pledge: Pledge;
  Project: Project;
  Enterprise: Enterprise;
  Institution: Institution;
  Place: Place;
  Event: Event;
  Document: Document;
  DocumentEntry: DocumentEntry;
  Edge: Edge;
  Subgraph: Omit<Subgraph, 'nodes'> & { nodes: Array<ResolversParentTypes['Entity']> };
  SearchHit: Omit<SearchHit, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  Shared: Omit<Shared, 'entity' | 'bureaus'> & { entity: ResolversParentTypes['Entity'], bureaus: Array<ResolversParentTypes['Entity']> };
  Target: Omit<Target, 'enterprise' | 'bureaus' | 'destinations' | 'byBureau'> & { enterprise: ResolversParentTypes['Entity'], bureaus: Array<ResolversParentTypes['Entity']>, destinations: Array<ResolversParentTypes['Entity']>, byBureau: Array<ResolversParentTypes['TargetByBureau']> };
  TargetByBureau: Omit<TargetByBureau, 'bureau' | 'destinations'> & { bureau: ResolversParentTypes['Entity'], destinations: Array<ResolversParentTypes['Entity']> };
  Citation: Citation;
  Walkthrough: Walkthrough;
  NodePosition: NodePosition;
  Viewport: Viewport;
  Step: Step;
  NodePositionInput: NodePositionInput;
  ViewportInput: ViewportInput;
  StepInput: StepInput;
  WalkthroughInput: WalkthroughInput;
  Count: Count;
  Stats: Stats;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  DocumentInput: DocumentInput;
  SpanInput: SpanInput;
  MentionInput: MentionInput;
  NewEntityInput: NewEntityInput;
  NewPledgeInput: NewPledgeInput;
  NewRelationshipInput: NewRelationshipInput;
  StatusChangeInput: StatusChangeInput;
  IngestInput: IngestInput;
  CreatedEntity: CreatedEntity;
  IngestResult: IngestResult;
  DraftFileInput: DraftFileInput;
  DraftInput: DraftInput;
  DraftText: DraftText;
  DraftMention: DraftMention;
  DraftCandidate: DraftCandidate;
  DraftPledge: DraftPledge;
  DraftProgress: DraftProgress;
  DraftEntity: DraftEntity;
  Draft: Draft;
};

export type SourceSpanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceSpan'] = ResolversParentTypes['SourceSpan']> = {
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StatusChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusChange'] = ResolversParentTypes['StatusChange']> = {
  status?: Resolver<ResolversTypes['PledgeStatus'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceSpan']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  derived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Bureau' | 'Pledge' | 'Project' | 'Enterprise' | 'Institution' | 'Place' | 'Event' | 'Document', ParentType, ContextType>;
};

export type BureauResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Bureau'] = ResolversParentTypes['Bureau']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summaryZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceSpan']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PledgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Pledge'] = ResolversParentTypes['Pledge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summaryZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceSpan']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bureauId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  metric?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metricZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  comparator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  attributionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attributionNoteZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summaryZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceSpan']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EnterpriseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summaryZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceSpan']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InstitutionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Institution'] = ResolversParentTypes['Institution']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summaryZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceSpan']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summaryZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceSpan']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summaryZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceSpan']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summaryZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceSpan']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subtitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reporters?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sha256?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<Maybe<ResolversTypes['DataOrigin']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentEntry'] = ResolversParentTypes['DocumentEntry']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sha256?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['DataOrigin'], ParentType, ContextType>;
  chars?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pledges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statusChanges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Edge'] = ResolversParentTypes['Edge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceSpan']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  noteZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attributionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attributionNoteZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SharedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Shared'] = ResolversParentTypes['Shared']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  bureaus?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  pledges?: Resolver<Array<ResolversTypes['Pledge']>, ParentType, ContextType>;
};

export type TargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Target'] = ResolversParentTypes['Target']> = {
  enterprise?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  bureaus?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  pledges?: Resolver<Array<ResolversTypes['Pledge']>, ParentType, ContextType>;
  destinations?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['TargetStage']>, ParentType, ContextType>;
  stageVerb?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  byBureau?: Resolver<Array<ResolversTypes['TargetByBureau']>, ParentType, ContextType>;
};

export type TargetByBureauResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetByBureau'] = ResolversParentTypes['TargetByBureau']> = {
  bureau?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  pledges?: Resolver<Array<ResolversTypes['Pledge']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['TargetStage']>, ParentType, ContextType>;
  stageVerb?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stageQuote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  destinations?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceSpan']>, ParentType, ContextType>;
};

export type CitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  span?: Resolver<ResolversTypes['SourceSpan'], ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  edgeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type WalkthroughResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Walkthrough'] = ResolversParentTypes['Walkthrough']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['Step']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['WalkthroughOrigin'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NodePositionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodePosition'] = ResolversParentTypes['NodePosition']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ViewportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewport'] = ResolversParentTypes['Viewport']> = {
  zoom?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type StepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Step'] = ResolversParentTypes['Step']> = {
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  narration?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  narrationZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notesZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  focus?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  highlight?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  selection?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  layout?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['NodePosition']>, ParentType, ContextType>;
  viewport?: Resolver<Maybe<ResolversTypes['Viewport']>, ParentType, ContextType>;
};

export type CountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  kinds?: Resolver<Array<ResolversTypes['Count']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Count']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'text' | 'limit'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'limit'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'ids' | 'depth' | 'limit'>>;
  paths?: Resolver<Array<ResolversTypes['Subgraph']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'to' | 'maxHops'>>;
  sharedByBureaus?: Resolver<Array<ResolversTypes['Shared']>, ParentType, ContextType, RequireFields<QuerySharedByBureausArgs, 'minBureaus' | 'limit'>>;
  investmentTargets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType, RequireFields<QueryInvestmentTargetsArgs, 'limit'>>;
  pledges?: Resolver<Array<ResolversTypes['Pledge']>, ParentType, ContextType, RequireFields<QueryPledgesArgs, 'limit'>>;
  documents?: Resolver<Array<ResolversTypes['DocumentEntry']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, RequireFields<QueryCitationsArgs, 'documentId'>>;
  walkthroughs?: Resolver<Array<ResolversTypes['Walkthrough']>, ParentType, ContextType>;
  walkthrough?: Resolver<Maybe<ResolversTypes['Walkthrough']>, ParentType, ContextType, RequireFields<QueryWalkthroughArgs, 'id'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  draftDocument?: Resolver<ResolversTypes['Draft'], ParentType, ContextType, RequireFields<QueryDraftDocumentArgs, 'input'>>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  saveWalkthrough?: Resolver<ResolversTypes['Walkthrough'], ParentType, ContextType, RequireFields<MutationSaveWalkthroughArgs, 'input'>>;
  deleteWalkthrough?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteWalkthroughArgs, 'id'>>;
  importWalkthrough?: Resolver<ResolversTypes['Walkthrough'], ParentType, ContextType, RequireFields<MutationImportWalkthroughArgs, 'yaml'>>;
  ingestDocument?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestDocumentArgs, 'input'>>;
};

export type CreatedEntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatedEntity'] = ResolversParentTypes['CreatedEntity']> = {
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  existed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  created?: Resolver<Array<ResolversTypes['CreatedEntity']>, ParentType, ContextType>;
  mentioned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statusChanges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DraftTextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DraftText'] = ResolversParentTypes['DraftText']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  chars?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  encoding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DraftMentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DraftMention'] = ResolversParentTypes['DraftMention']> = {
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DraftCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DraftCandidate'] = ResolversParentTypes['DraftCandidate']> = {
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DraftPledgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DraftPledge'] = ResolversParentTypes['DraftPledge']> = {
  bureauId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  metric?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  comparator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  due?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  concerns?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DraftProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DraftProgress'] = ResolversParentTypes['DraftProgress']> = {
  entityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  pledgeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PledgeStatus'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DraftEntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DraftEntity'] = ResolversParentTypes['DraftEntity']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DraftResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Draft'] = ResolversParentTypes['Draft']> = {
  document?: Resolver<ResolversTypes['DraftText'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['DraftMention']>, ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['DraftCandidate']>, ParentType, ContextType>;
  pledges?: Resolver<Array<ResolversTypes['DraftPledge']>, ParentType, ContextType>;
  progress?: Resolver<Array<ResolversTypes['DraftProgress']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['DraftEntity']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  SourceSpan?: SourceSpanResolvers<ContextType>;
  StatusChange?: StatusChangeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Bureau?: BureauResolvers<ContextType>;
  Pledge?: PledgeResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  Enterprise?: EnterpriseResolvers<ContextType>;
  Institution?: InstitutionResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  DocumentEntry?: DocumentEntryResolvers<ContextType>;
  Edge?: EdgeResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Shared?: SharedResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  TargetByBureau?: TargetByBureauResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  Walkthrough?: WalkthroughResolvers<ContextType>;
  NodePosition?: NodePositionResolvers<ContextType>;
  Viewport?: ViewportResolvers<ContextType>;
  Step?: StepResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  CreatedEntity?: CreatedEntityResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  DraftText?: DraftTextResolvers<ContextType>;
  DraftMention?: DraftMentionResolvers<ContextType>;
  DraftCandidate?: DraftCandidateResolvers<ContextType>;
  DraftPledge?: DraftPledgeResolvers<ContextType>;
  DraftProgress?: DraftProgressResolvers<ContextType>;
  DraftEntity?: DraftEntityResolvers<ContextType>;
  Draft?: DraftResolvers<ContextType>;
};


import type { EntityKind } from '../../server/generated/graphql.js';

/** Cytoscape node shapes the explorer uses (the legend and the SVG export draw the same). */
export type NodeShape = 'round-rectangle' | 'ellipse' | 'diamond' | 'triangle' | 'hexagon' | 'star' | 'vee' | 'rectangle';

export interface KindSpec {
  /** The Neo4j label (with :Entity) and the GraphQL type that implements Entity. */
  label: string;
  /** The id prefix: `bureau:construction`. */
  prefix: string;
  /** Okabe–Ito palette: distinguishable under the common colour-vision deficiencies. */
  color: string;
  /** A distinct shape too, so no one has to rely on colour alone. */
  shape: NodeShape;
  /** Node diameter in model units; bureaus anchor every view, so they are largest. */
  size: number;
  en: { name: string; one: string; many: string };
  /** The Chinese name and the measure word a count takes (3 家企业, 12 项承诺). */
  zh: { name: string; measure: string };
}

/**
 * Every entity kind, defined once. The SDL's `EntityKind` enum lists the same keys (a test checks
 * it); the loader, the server's mapping and every client table are derived from this one. The
 * order is the display order everywhere (legend, expansion, filters): from who pledged, and the
 * meeting where they did, to what about.
 */
export const KINDS = {
  BUREAU: {
    label: 'Bureau',
    prefix: 'bureau',
    color: '#0072B2',
    shape: 'round-rectangle',
    size: 56,
    en: { name: 'Bureau', one: 'bureau', many: 'bureaus' },
    zh: { name: '部门', measure: '个' },
  },
  EVENT: {
    label: 'Event',
    prefix: 'event',
    color: '#F0E442',
    // The vee covers a third of its box: a little larger, so its yellow still reads.
    shape: 'vee',
    size: 46,
    en: { name: 'Event', one: 'event', many: 'events' },
    zh: { name: '会议', measure: '场' },
  },
  PLEDGE: {
    label: 'Pledge',
    prefix: 'pledge',
    color: '#E69F00',
    shape: 'ellipse',
    size: 30,
    en: { name: 'Pledge', one: 'pledge', many: 'pledges' },
    zh: { name: '承诺', measure: '项' },
  },
  PROJECT: {
    label: 'Project',
    prefix: 'project',
    color: '#009E73',
    shape: 'diamond',
    size: 42,
    en: { name: 'Project', one: 'project', many: 'projects' },
    zh: { name: '项目', measure: '个' },
  },
  PLACE: {
    label: 'Place',
    prefix: 'place',
    color: '#56B4E9',
    shape: 'star',
    size: 42,
    en: { name: 'Place', one: 'place', many: 'places' },
    zh: { name: '地点', measure: '处' },
  },
  ENTERPRISE: {
    label: 'Enterprise',
    prefix: 'enterprise',
    color: '#D55E00',
    shape: 'triangle',
    size: 40,
    en: { name: 'Enterprise', one: 'enterprise', many: 'enterprises' },
    zh: { name: '企业', measure: '家' },
  },
  INSTITUTION: {
    label: 'Institution',
    prefix: 'institution',
    color: '#CC79A7',
    shape: 'hexagon',
    size: 40,
    en: { name: 'Institution', one: 'institution', many: 'institutions' },
    zh: { name: '机构', measure: '个' },
  },
  DOCUMENT: {
    label: 'Document',
    prefix: 'document',
    color: '#555555',
    shape: 'rectangle',
    size: 36,
    en: { name: 'Document', one: 'document', many: 'documents' },
    zh: { name: '文档', measure: '份' },
  },
} as const satisfies Record<EntityKind, KindSpec>;

export type { EntityKind };
export type Label = (typeof KINDS)[EntityKind]['label'];

/** Every kind, in display order. */
export const KIND_ORDER = Object.keys(KINDS) as EntityKind[];

export function isEntityKind(value: string): value is EntityKind {
  return Object.hasOwn(KINDS, value);
}

const BY_PREFIX = new Map<string, EntityKind>(KIND_ORDER.map((kind) => [KINDS[kind].prefix, kind]));
const BY_LABEL = new Map<string, EntityKind>(KIND_ORDER.map((kind) => [KINDS[kind].label, kind]));

/** `kind:slug` → its kind, or undefined when the prefix names none. */
export function kindOfId(id: string): EntityKind | undefined {
  return BY_PREFIX.get(id.slice(0, id.indexOf(':')));
}

/** A Neo4j label → its kind, or undefined when it is not a kind's label. */
export function kindOfLabel(label: string): EntityKind | undefined {
  return BY_LABEL.get(label);
}

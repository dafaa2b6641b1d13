import type { RelationshipType as SdlRelationshipType } from '../../server/generated/graphql.js';
import type { Label } from './kinds.js';

/**
 * How the canvas, the legend and the SVG export draw a relationship type. Dash and arrow head
 * together tell every type apart without colour (colour-blind readers, greyscale print); the
 * colours are Okabe–Ito / Tol hues, each type its own. Width ranks them: the bureau's pledge
 * (MADE) and the courting (TARGETS) are what the view is for, so they are drawn heaviest.
 */
export interface LineLook {
  style: 'solid' | 'dashed' | 'dotted';
  color: string;
  arrow: 'triangle' | 'vee' | 'tee' | 'circle' | 'diamond' | 'square' | 'chevron' | 'triangle-backcurve';
  /** Line width in model px at zoom 1. */
  width: number;
}

export interface RelationshipSpec {
  /** The kinds (their labels) a relationship of this type may start and end at; the loader enforces it. */
  from: readonly Label[];
  to: readonly Label[];
  meaning: string;
  /**
   * label: filters, edge labels, details. forward/backward: how a path read out walks the edge
   * (source → target, or against it): the English a verb before the next node, the Chinese a
   * predicate with `{}` where the next node goes (Chinese puts the agent of a passive before the
   * verb: 由{}运营).
   */
  en: { label: string; forward: string; backward: string };
  zh: { label: string; forward: string; backward: string };
  line: LineLook;
}

const ORGANISATION: Label[] = ['Enterprise', 'Institution'];
const THING: Label[] = ['Project', 'Place', 'Enterprise', 'Institution'];

/**
 * Every relationship type, defined once, in the order filters list them. Direction is
 * meaningful; names are UPPER_SNAKE verbs. The SDL's `RelationshipType` enum lists the same keys
 * (a test checks it). DESTINED_FOR and ASSIGNED_BY have no single Chinese verb that works as a
 * label both ways, so their labels name the relation (引入至 the place; 上级下达 the task).
 */
export const RELATIONSHIPS = {
  MADE: {
    from: ['Bureau'],
    to: ['Pledge'],
    meaning: 'the bureau made the pledge',
    en: { label: 'made', forward: 'made', backward: 'was made by' },
    zh: { label: '作出', forward: '作出{}', backward: '由{}作出' },
    line: { style: 'solid', color: '#0072B2', arrow: 'triangle', width: 2.5 },
  },
  CONCERNS: {
    from: ['Pledge', 'Event'],
    to: THING,
    meaning: 'what the pledge builds, pushes, improves or is about; for an event, what it is about',
    en: { label: 'concerns', forward: 'concerns', backward: 'is the subject of' },
    zh: { label: '涉及', forward: '涉及{}', backward: '为{}所涉及' },
    line: { style: 'solid', color: '#6b7585', arrow: 'vee', width: 1.5 },
  },
  TARGETS: {
    from: ['Pledge'],
    to: ORGANISATION,
    meaning: 'a company or body the pledge courts, attracts or brings in',
    en: { label: 'courts', forward: 'courts', backward: 'is courted by' },
    zh: { label: '招引', forward: '招引{}', backward: '由{}招引' },
    line: { style: 'dashed', color: '#D55E00', arrow: 'triangle', width: 2.5 },
  },
  PARTNERS: {
    from: ['Pledge'],
    to: ORGANISATION,
    meaning: 'a partner the pledge relies on or cooperates with',
    en: { label: 'partners', forward: 'partners with', backward: 'is a partner of' },
    zh: { label: '合作', forward: '与{}合作', backward: '是{}的合作方' },
    line: { style: 'dotted', color: '#CC79A7', arrow: 'circle', width: 2.5 },
  },
  DESTINED_FOR: {
    from: ['Pledge'],
    to: ['Place', 'Project'],
    meaning: 'the park, plaza, place or project the courted parties are meant for',
    en: { label: 'destined for', forward: 'brings companies to', backward: 'is the destination of' },
    zh: { label: '引入至', forward: '将企业引入{}', backward: '承接{}引入的企业' },
    line: { style: 'dashed', color: '#009E73', arrow: 'chevron', width: 2 },
  },
  LOCATED_IN: {
    from: THING,
    to: ['Place'],
    meaning: 'is situated in',
    en: { label: 'located in', forward: 'is located in', backward: 'contains' },
    zh: { label: '位于', forward: '位于{}', backward: '内有{}' },
    line: { style: 'dotted', color: '#3a8fc2', arrow: 'square', width: 2 },
  },
  SETTLES_IN: {
    from: ORGANISATION,
    to: ['Place'],
    meaning: 'has settled (入驻) in',
    en: { label: 'settles in', forward: 'settles in', backward: 'hosts' },
    zh: { label: '入驻', forward: '入驻{}', backward: '有{}入驻' },
    line: { style: 'solid', color: '#a04a00', arrow: 'square', width: 2 },
  },
  OPERATES: {
    from: ORGANISATION,
    to: ['Place', 'Project'],
    meaning: 'runs or operates',
    en: { label: 'operates', forward: 'operates', backward: 'is operated by' },
    zh: { label: '运营', forward: '运营{}', backward: '由{}运营' },
    line: { style: 'solid', color: '#8a4f7d', arrow: 'diamond', width: 2 },
  },
  PART_OF: {
    from: THING,
    to: THING,
    meaning: 'is a part of a larger whole',
    en: { label: 'part of', forward: 'is part of', backward: 'includes' },
    zh: { label: '属于', forward: '属于{}', backward: '包括{}' },
    line: { style: 'dashed', color: '#1d2430', arrow: 'triangle-backcurve', width: 1.5 },
  },
  ASSIGNED_BY: {
    from: ['Pledge'],
    to: ['Institution'],
    meaning: 'a task handed down by a higher authority (市政府下达的)',
    en: { label: 'assigned by', forward: 'was assigned by', backward: 'assigned' },
    zh: { label: '上级下达', forward: '由{}下达', backward: '下达了{}' },
    line: { style: 'dashed', color: '#999933', arrow: 'tee', width: 2 },
  },
  COLLABORATES_WITH: {
    from: ORGANISATION,
    to: ORGANISATION,
    meaning: 'a stated cooperation between two bodies',
    en: { label: 'collaborates with', forward: 'collaborates with', backward: 'collaborates with' },
    zh: { label: '协作', forward: '与{}协作', backward: '与{}协作' },
    line: { style: 'dotted', color: '#882255', arrow: 'diamond', width: 2 },
  },
} as const satisfies Record<SdlRelationshipType, RelationshipSpec>;

export type RelationshipType = keyof typeof RELATIONSHIPS;

/** Every relationship type, in filter order. */
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIPS) as RelationshipType[];

export function isRelationshipType(value: string): value is RelationshipType {
  return Object.hasOwn(RELATIONSHIPS, value);
}

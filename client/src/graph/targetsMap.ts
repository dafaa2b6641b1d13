import { STAGE_KEYS, type StageKey } from '../state/targetsState.js';
import type { Lang } from '../state/ViewState.js';
import type { RowName, TargetRow } from './targetRows.js';
import { stageKey } from './targetTable.js';

/** A destination drawn as a circle, its companies inside; `unplaced` gathers those without one. */
export interface MapArea extends RowName {
  x: number;
  y: number;
  r: number;
  unplaced: boolean;
}
export interface MapCompany extends RowName {
  x: number;
  y: number;
  /** The area it sits in: its first destination's. */
  area: string;
  /** The furthest stage over its rows. */
  stage: StageKey;
}
export interface MapBureau extends RowName {
  full: string;
  x: number;
  y: number;
}
/** A bureau courting a company (one per row), coloured by that row's stage. */
export interface MapLink {
  id: string;
  bureau: string;
  company: string;
  stage: StageKey;
}
/** A company's destination beyond its first: it sits in one area and reaches out to the others. */
export interface MapReach {
  id: string;
  company: string;
  area: string;
}
export interface TargetsMap {
  areas: MapArea[];
  companies: MapCompany[];
  bureaus: MapBureau[];
  links: MapLink[];
  reaches: MapReach[];
}

export const UNPLACED = 'area:unplaced';

// Model units (Cytoscape's): a company's dot with its wrapped name takes about 130 × 60.
const COMPANY_GAP = 130;
const RING_GAP = 95;
/** Between the outermost ring and the area's edge: room for the names below the dots. */
const EDGE = 75;
const MIN_RADIUS = 120;
const AREA_GAP = 80;
/** Above each row of areas: their names (a few wrapped lines in large type) sit over the circles. */
const LABEL_ROOM = 170;
/** How far outside the areas' frame the bureaus stand. */
const BUREAU_MARGIN = 120;

/** Offsets from an area's centre for n companies: one in the middle, else rings filled from the inside out. */
export function ringOffsets(n: number): { offsets: { x: number; y: number }[]; radius: number } {
  if (n <= 1) return { offsets: n ? [{ x: 0, y: 0 }] : [], radius: MIN_RADIUS };
  const offsets: { x: number; y: number }[] = [];
  let ring = 0;
  while (offsets.length < n) {
    ring++;
    const rho = ring * RING_GAP;
    const room = Math.max(3, Math.floor((2 * Math.PI * rho) / COMPANY_GAP));
    const count = Math.min(room, n - offsets.length);
    // Each ring turned a little against the one inside it, so names do not stack up in columns.
    for (let i = 0; i < count; i++) {
      const angle = -Math.PI / 2 + ring * 0.45 + (2 * Math.PI * i) / count;
      offsets.push({ x: rho * Math.cos(angle), y: rho * Math.sin(angle) });
    }
  }
  return { offsets, radius: Math.max(MIN_RADIUS, ring * RING_GAP + EDGE) };
}

/**
 * The map of the targets: every destination an area (a circle sized to its companies), each
 * company inside the area of its first destination (reaching out to its others), the
 * companies with none in an "unplaced" area, the areas packed in rows without overlapping, and
 * the bureaus on a ring around them all, each near the companies it courts. Pure: positions in
 * model units, centred on 0,0.
 */
export function targetsMap(rows: readonly TargetRow[], lang: Lang, unplacedName: string): TargetsMap {
  if (!rows.length) return { areas: [], companies: [], bureaus: [], links: [], reaches: [] };
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  // Each company once, with its destinations (in the order of its rows) and its furthest stage.
  const companies = new Map<string, { name: RowName; destinations: RowName[]; stage: StageKey }>();
  for (const row of rows) {
    const known = companies.get(row.id) ?? { name: { id: row.id, name: row.name, other: row.other }, destinations: [], stage: 'NONE' as StageKey };
    for (const d of row.destinations) if (!known.destinations.some((k) => k.id === d.id)) known.destinations.push(d);
    if (STAGE_KEYS.indexOf(stageKey(row)) < STAGE_KEYS.indexOf(known.stage)) known.stage = stageKey(row);
    companies.set(row.id, known);
  }

  const groups = new Map<string, { area: RowName; unplaced: boolean; members: string[] }>();
  const areaIds = new Map<string, string>();
  const areaOf = (d: RowName | null) => {
    const id = d ? `area|${d.id}` : UNPLACED;
    if (!groups.has(id)) groups.set(id, { area: d ?? { id: UNPLACED, name: unplacedName, other: null }, unplaced: !d, members: [] });
    if (d) areaIds.set(d.id, id);
    return groups.get(id)!;
  };
  for (const [id, c] of companies) areaOf(c.destinations[0] ?? null).members.push(id);
  // Every destination is an area, also one that is nobody's first.
  for (const c of companies.values()) for (const d of c.destinations) areaOf(d);

  // Largest first (the rows pack best), by name among equals; "unplaced" always last.
  const ordered = [...groups.entries()]
    .map(([id, g]) => ({ id, ...g, ...ringOffsets(g.members.length) }))
    .sort((a, b) => Number(a.unplaced) - Number(b.unplaced) || b.members.length - a.members.length || collator.compare(a.area.name, b.area.name));

  // Shelf packing: left to right, a new row when the next would pass the width.
  const width = Math.max(...ordered.map((a) => 2 * a.radius), Math.sqrt(ordered.reduce((sum, a) => sum + (2 * a.radius + AREA_GAP) ** 2, 0)) * 1.6);
  const placed: MapArea[] = [];
  let x = 0;
  let top = 0;
  let rowHeight = 0;
  for (const a of ordered) {
    if (x > 0 && x + 2 * a.radius > width) {
      top += rowHeight + LABEL_ROOM;
      x = 0;
      rowHeight = 0;
    }
    rowHeight = Math.max(rowHeight, 2 * a.radius);
    placed.push({ ...a.area, id: a.id, x: x + a.radius, y: top + a.radius, r: a.radius, unplaced: a.unplaced });
    x += 2 * a.radius + AREA_GAP;
  }
  const [minX, maxX] = [Math.min(...placed.map((a) => a.x - a.r)), Math.max(...placed.map((a) => a.x + a.r))];
  const [minY, maxY] = [Math.min(...placed.map((a) => a.y - a.r)), Math.max(...placed.map((a) => a.y + a.r))];
  const [cx, cy] = [(minX + maxX) / 2, (minY + maxY) / 2];
  const areas = placed.map((a) => ({ ...a, x: a.x - cx, y: a.y - cy }));

  const mapCompanies: MapCompany[] = ordered.flatMap((g) => {
    const area = areas.find((a) => a.id === g.id)!;
    return g.members.map((id, i) => {
      const c = companies.get(id)!;
      return { ...c.name, x: area.x + g.offsets[i]!.x, y: area.y + g.offsets[i]!.y, area: area.id, stage: c.stage };
    });
  });

  return { areas, companies: mapCompanies, ...bureausAround(rows, areas, mapCompanies), reaches: reaches(companies, areaIds) };
}

function reaches(companies: Map<string, { destinations: RowName[] }>, areaIds: Map<string, string>): MapReach[] {
  return [...companies].flatMap(([id, c]) =>
    c.destinations.slice(1).map((d) => ({ id: `${id}>${areaIds.get(d.id)!}`, company: id, area: areaIds.get(d.id)! })),
  );
}

/**
 * The bureaus on the frame around every area (a rectangle, so the map keeps the areas' shape),
 * evenly spread by angle in the order of the angle at which their companies lie.
 */
function bureausAround(rows: readonly TargetRow[], areas: MapArea[], companies: MapCompany[]): Pick<TargetsMap, 'bureaus' | 'links'> {
  const at = new Map(companies.map((c) => [c.id, c]));
  const bureaus = new Map<string, { name: TargetRow['bureau']; xs: number[]; ys: number[] }>();
  const links: MapLink[] = [];
  for (const row of rows) {
    const b = bureaus.get(row.bureau.id) ?? { name: row.bureau, xs: [], ys: [] };
    b.xs.push(at.get(row.id)!.x);
    b.ys.push(at.get(row.id)!.y);
    bureaus.set(row.bureau.id, b);
    links.push({ id: `${row.bureau.id}>${row.id}`, bureau: row.bureau.id, company: row.id, stage: stageKey(row) });
  }
  const halfWidth = Math.max(...areas.map((a) => Math.abs(a.x) + a.r)) + BUREAU_MARGIN;
  const halfHeight = Math.max(...areas.map((a) => Math.abs(a.y) + a.r)) + BUREAU_MARGIN;
  const onFrame = (angle: number) => {
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    const t = Math.min(cos ? halfWidth / Math.abs(cos) : Infinity, sin ? halfHeight / Math.abs(sin) : Infinity);
    return { x: t * cos, y: t * sin };
  };
  const mean = (v: number[]) => v.reduce((s, n) => s + n, 0) / v.length;
  const wanted = [...bureaus.values()].map((b) => ({ ...b, angle: Math.atan2(mean(b.ys), mean(b.xs)) })).sort((a, b) => a.angle - b.angle);
  const step = (2 * Math.PI) / Math.max(1, wanted.length);
  // Evenly spaced, the whole ring turned to lie as close as it can to where each bureau wants to be.
  const turn = wanted.length
    ? Math.atan2(mean(wanted.map((b, i) => Math.sin(b.angle - i * step))), mean(wanted.map((b, i) => Math.cos(b.angle - i * step))))
    : 0;
  return {
    bureaus: wanted.map(({ name }, i) => ({ ...name, ...onFrame(turn + i * step) })),
    links,
  };
}

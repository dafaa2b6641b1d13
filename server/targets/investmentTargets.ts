import { investmentTargetsQuery } from '../cypher/investmentTargets.js';
import type { Page } from '../cypher/fragments.js';
import type { Executor } from '../db/executor.js';
import type { NodeProps } from '../db/records.js';
import { BadUserInputError, NotFoundError } from '../errors.js';
import type { SourceSpan } from '../generated/graphql.js';
import { furthest, stageFromTiers, type StageReading, type TargetStage } from './stages.js';

/** What cypher/investmentTargets.ts returns for one enterprise or institution. */
export interface StoredTarget {
  enterprise: NodeProps;
  byBureau: {
    bureau: NodeProps;
    pledges: NodeProps[];
    relations: { type: string; pledgeId: string; sources: string | null }[];
    destinations: NodeProps[];
  }[];
  own: { type: string; sources: string | null; target: NodeProps }[];
}

/** One bureau's side of a target: a row of the investment-targets table. */
export interface TargetByBureauData {
  bureau: NodeProps;
  pledges: NodeProps[];
  relations: string[];
  stage: TargetStage | null;
  stageVerb: string | null;
  stageQuote: string | null;
  destinations: NodeProps[];
  sources: SourceSpan[];
}

export interface TargetData {
  enterprise: NodeProps;
  bureaus: NodeProps[];
  pledges: NodeProps[];
  destinations: NodeProps[];
  relations: string[];
  stage: TargetStage | null;
  stageVerb: string | null;
  byBureau: TargetByBureauData[];
}

/** The enterprise's own relationships that say where it is courted for or sits (beside the pledges' DESTINED_FOR). */
const OWN_RELATIONS = new Set(['SETTLES_IN', 'OPERATES']);

/** What the query returns: byBureau names its bureau by id, and the bureaus come once beside. */
type Answer = (Omit<StoredTarget, 'byBureau'> & { byBureau: (Omit<StoredTarget['byBureau'][number], 'bureau'> & { bureauId: string })[] })[];

/** What deriveTargets reads of the nodes whatever is selected: positions, to order destinations. */
export const TARGET_PROPS = ['position'];

/**
 * Courted and partnered parties of one bureau or of all, with stages and destinations, by name
 * (code point order) then id; one query. `withQuotes: false` reads no relationship's quote:
 * stages then come from the pledges' words alone, so only a caller that selects no stage and no
 * quote asks for it. `props` (with TARGET_PROPS among them) limits the nodes' properties read;
 * all of them without it. `limit` and `after` give one page (all of them without a limit).
 */
export async function readInvestmentTargets(
  executor: Executor,
  bureauId: string | null,
  options: { withQuotes?: boolean; props?: readonly string[] } & Page = {},
): Promise<TargetData[]> {
  const [record] = await executor.read(investmentTargetsQuery(bureauId, options));
  if (bureauId && !record?.get('bureauFound')) throw new NotFoundError('bureau', bureauId);
  if (options.after && !record?.get('afterFound'))
    throw new BadUserInputError('after', `names no entity: "${options.after}" (give the id of the last target of the previous page)`);
  const bureaus = new Map(((record?.get('bureaus') ?? []) as NodeProps[]).map((b) => [b.id, b]));
  const stored = ((record?.get('targets') ?? []) as Answer).map((target) => ({
    ...target,
    byBureau: target.byBureau.map(({ bureauId: id, ...row }) => ({ ...row, bureau: bureaus.get(id)! })),
  }));
  return deriveTargets(stored);
}

/** Stages, relations and destinations of the stored rows, in their order (a page's). */
export function deriveTargets(stored: StoredTarget[]): TargetData[] {
  return stored.map(deriveTarget);
}

function deriveTarget({ enterprise, byBureau, own }: StoredTarget): TargetData {
  const ownHere = own.filter((o) => OWN_RELATIONS.has(o.type));
  const locatedIn = own.filter((o) => o.type === 'LOCATED_IN').map((o) => o.target);
  const ownSpans = ownHere.flatMap((o) => spans(o.sources));
  // Where it is courted for or sits; only where the graph knows neither, where it is located.
  const destinationsOf = (fromPledges: NodeProps[]) => {
    const found = uniqueById([...fromPledges, ...ownHere.map((o) => o.target)]);
    return byPosition(found.length ? found : uniqueById(locatedIn));
  };

  const rows = byBureau.map((row): TargetByBureauData => {
    const sources = bySpan([...row.relations.flatMap((r) => spans(r.sources)), ...ownSpans]);
    const reading = stageFromTiers([
      sources.map((s) => s.quote),
      row.pledges.map((p) => (typeof p.text === 'string' ? p.text : '')),
      row.pledges.flatMap((p) => spans(p.sources).map((s) => s.quote)),
    ]);
    return {
      bureau: row.bureau,
      pledges: row.pledges,
      relations: [...new Set([...row.relations.map((r) => r.type), ...ownHere.map((o) => o.type)])].sort(),
      ...stageFields(reading),
      stageQuote: reading?.quote ?? null,
      destinations: destinationsOf(row.destinations),
      sources,
    };
  });

  const reading = furthest(rows.map((row) => (row.stage ? { stage: row.stage, verb: row.stageVerb!, quote: row.stageQuote! } : null)));
  return {
    enterprise,
    bureaus: rows.map((row) => row.bureau),
    pledges: uniqueById(rows.flatMap((row) => row.pledges)),
    destinations: destinationsOf(byBureau.flatMap((row) => row.destinations)),
    relations: [...new Set(rows.flatMap((row) => row.relations))].sort(),
    ...stageFields(reading),
    byBureau: rows,
  };
}

function stageFields(reading: StageReading | null) {
  return { stage: reading?.stage ?? null, stageVerb: reading?.verb ?? null };
}

function spans(json: string | null | undefined): SourceSpan[] {
  return json ? (JSON.parse(json) as SourceSpan[]) : [];
}

/** In text order, each span once. */
function bySpan(list: SourceSpan[]): SourceSpan[] {
  const seen = new Map<string, SourceSpan>();
  for (const span of list) seen.set(`${span.documentId}|${span.start}|${span.end}`, span);
  return [...seen.values()].sort((a, b) => a.documentId.localeCompare(b.documentId) || a.start - b.start || a.end - b.end);
}

function uniqueById(nodes: NodeProps[]): NodeProps[] {
  return [...new Map(nodes.map((node) => [node.id, node])).values()];
}

/** Reading order (the loader's position), then id. */
function byPosition(nodes: NodeProps[]): NodeProps[] {
  const position = (node: NodeProps) => (typeof node.position === 'number' ? node.position : Number.MAX_SAFE_INTEGER);
  return [...nodes].sort((a, b) => position(a) - position(b) || a.id.localeCompare(b.id));
}

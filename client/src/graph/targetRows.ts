import type { TargetRecord } from '../api/investmentTargets.js';
import type { EntityRecord } from '../api/records.js';
import type { EntityKind, TargetStage } from '../generated/graphql.js';
import type { Lang } from '../state/ViewState.js';
import { entityName, nodeLabel, otherName } from './labels.js';

export interface RowName {
  id: string;
  /** In the page's language. */
  name: string;
  /** The other language's, for beside or the hover; null when it would repeat the name. */
  other: string | null;
}

/** One row of the investment-targets table: one company or institution as one bureau courts it. */
export interface TargetRow extends RowName {
  /** `enterprise|bureau`: unique, the row's id in the page. */
  key: string;
  kind: EntityKind;
  /** What the source says it is, in the page's language (the other's when only that was written). */
  summary: string | null;
  relations: string[];
  stage: TargetStage | null;
  stageVerb: string | null;
  stageQuote: string | null;
  /** The bureau, its name without the district every bureau belongs to; `full` keeps it. */
  bureau: RowName & { full: string };
  destinations: RowName[];
  /** The words stating the relationships, then those holding the stage's verb (as the server's CSV). */
  quotes: string[];
  pledges: string[];
}

const named = (entity: EntityRecord, lang: Lang): RowName => ({ id: entity.id, name: entityName(entity, lang), other: otherName(entity, lang) });

function summaryOf(entity: EntityRecord, lang: Lang): string | null {
  return (lang === 'zh' ? (entity.summaryZh ?? entity.summary) : (entity.summary ?? entity.summaryZh)) ?? null;
}

/** The rows, one per byBureau entry, in the API's order. */
export function targetRows(targets: readonly TargetRecord[], lang: Lang): TargetRow[] {
  return targets.flatMap((target) =>
    target.byBureau.map((side): TargetRow => {
      const quotes = [...new Set([...side.sources].sort((a, b) => a.start - b.start).map((s) => s.quote))];
      if (side.stageQuote && !quotes.some((q) => q.includes(side.stageQuote!))) quotes.push(side.stageQuote);
      return {
        ...named(target.enterprise, lang),
        key: `${target.enterprise.id}|${side.bureau.id}`,
        kind: target.enterprise.kind,
        summary: summaryOf(target.enterprise, lang),
        relations: side.relations,
        stage: side.stage,
        stageVerb: side.stageVerb,
        stageQuote: side.stageQuote,
        bureau: { ...named(side.bureau, lang), name: nodeLabel(side.bureau, lang), full: entityName(side.bureau, lang) },
        destinations: side.destinations.map((d) => named(d, lang)),
        quotes,
        pledges: side.pledges.map((p) => p.id),
      };
    }),
  );
}

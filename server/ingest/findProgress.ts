import { clauses, type Clause } from './clauses.js';
import { dueDate } from './dueDate.js';
import type { Mention } from './findMentions.js';
import type { KnownPledge } from './knownGraph.js';
import type { Paragraph } from './paragraphs.js';

interface Span {
  start: number;
  end: number;
}
import { quantities } from './quantities.js';
import { firstRule, type Status } from './rules.js';
import { blankOrgans } from './blankOrgans.js';
import { speaksFor } from './speaksFor.js';
import { segment } from './segment.js';

export interface DraftProgress {
  entityId: string | null;
  pledgeId: string | null;
  status: Status;
  date: string | null;
  value: number | null;
  unit: string | null;
  /** value / the linked pledge's target, when both are known (1,200 of ≥ 4,000 → 0.3). */
  share: number | null;
  start: number;
  end: number;
  text: string;
  rule: string;
}

const SUBJECT_KINDS = ['PROJECT', 'PLACE', 'ENTERPRISE', 'INSTITUTION'];

/**
 * A clause reports progress when a progress verb fires (rules.ts, kind progress) and it speaks of
 * the past (已, 截至, 累计 …), or — for the verbs that only name an outcome (开工, 竣工, 签约…) —
 * at least not of the future (将, 力争, a due date).
 */
export function isProgress(clause: Clause, sentence: string): boolean {
  const verb = firstRule('progress', clause.text);
  if (!verb) return false;
  if (firstRule('tense', clause.text)?.rule.yields.tense === 'past' || firstRule('tense', sentence)?.rule.yields.tense === 'past') return true;
  const future = firstRule('tense', sentence)?.rule.yields.tense === 'future' || dueDate(clause.text, 2000) !== undefined;
  return verb.rule.id !== 'progress-begun' && !future;
}

/**
 * Progress statements, each with a status on the six-level scale, the date it is as of, and the
 * earlier pledge of the same bureau it reports on: by the metric (same unit and a shared word:
 * 新增停车位1200个 ↔ 4000个以上停车位联网), else by the entity it names (a project the pledge concerns).
 */
export function findProgress(
  paras: readonly Paragraph[],
  mentions: readonly Mention[],
  candidates: readonly Span[],
  pledges: readonly KnownPledge[],
  asOf: string | undefined,
): DraftProgress[] {
  const result: (DraftProgress & { sentence: number })[] = [];
  for (const para of paras) {
    if (para.heading) continue;
    const all = clauses(para.text, para.start, blankOrgans(para, mentions));
    for (const clause of all) {
      const sentence = all
        .filter((c) => c.sentence === clause.sentence)
        .map((c) => c.text)
        .join('，');
      if (!isProgress(clause, sentence)) continue;
      const verb = firstRule('progress', clause.text)!;
      const inClause = mentions.filter((m) => clause.start <= m.start && m.end <= clause.end);
      // A known name inside a new one (太白湖景区 in 太白湖景区游客服务中心) is not what progressed.
      const subject = inClause.find(
        (m) => SUBJECT_KINDS.includes(m.kind) && !candidates.some((c) => c.start <= m.start && m.end <= c.end && c.end - c.start > m.end - m.start),
      );
      // 复兴之路…已完成工程量95%，主体结构全面封顶: the second statement has the first one's subject.
      const before = result.at(-1)?.sentence === clause.sentence ? result.at(-1) : undefined;
      const entityIdOf = (linked: KnownPledge | undefined) => subject?.entityId ?? (linked ? (linked.concerns[0] ?? null) : (before?.entityId ?? null));
      const bureauId = inClause.find((m) => speaksFor(m, para))?.entityId ?? para.bureauId;
      const ours = pledges.filter((p) => p.bureauId === bureauId);
      const quantity = quantities(clause.text, clause.start).find((q) => !inClause.some((m) => m.start <= q.start && q.end <= m.end));
      const byMetric =
        quantity && quantity.unit !== '%'
          ? bestByWords(
              clause.text,
              ours.filter((p) => p.target !== undefined && p.unit === quantity.unit),
            )
          : undefined;
      const pledge = byMetric ?? (subject ? ours.find((p) => p.concerns.includes(subject.entityId)) : pledges.find((p) => p.id === before?.pledgeId));
      const share =
        byMetric && quantity && byMetric.target
          ? Math.round((quantity.value / byMetric.target) * 100) / 100
          : quantity?.unit === '%' && /完成/u.test(clause.text)
            ? quantity.value / 100
            : null;
      const status: Status = share === null ? verb.rule.yields.status : share >= 1 ? 'kept' : 'in_the_works';
      const date = dueDate(sentence, para.year ?? (asOf ? Number(asOf.slice(0, 4)) : undefined), 'asOf')?.due ?? asOf ?? null;
      result.push({
        entityId: entityIdOf(byMetric),
        pledgeId: pledge?.id ?? null,
        status,
        date,
        value: quantity?.value ?? null,
        unit: quantity?.unit ?? null,
        share,
        start: clause.start,
        end: clause.end,
        text: clause.text,
        rule: verb.rule.id,
        sentence: clause.sentence,
      });
    }
  }
  return result.map(({ sentence: _sentence, ...item }) => item);
}

/** The pledge sharing the most words (two characters or more) with the clause; none shares none. */
function bestByWords(text: string, candidates: KnownPledge[]): KnownPledge | undefined {
  const words = (s: string) =>
    new Set(
      segment(s.replace(/[“”]/g, ''))
        .filter((w) => w.isWord && w.text.length >= 2 && !/\d/.test(w.text))
        .map((w) => w.text),
    );
  const mine = words(text);
  let best: { pledge: KnownPledge; shared: number } | undefined;
  for (const pledge of candidates) {
    const shared = [...words(`${pledge.text} ${pledge.metric ?? ''}`)].filter((w) => mine.has(w)).length;
    if (shared > 0 && (!best || shared > best.shared)) best = { pledge, shared };
  }
  return best?.pledge;
}

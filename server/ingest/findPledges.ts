import { clauses, type Clause } from './clauses.js';
import { dueDate } from './dueDate.js';
import type { Mention } from './findMentions.js';
import type { Paragraph } from './paragraphs.js';
import { blankOrgans } from './blankOrgans.js';
import { speaksFor } from './speaksFor.js';
import { quantities, type Quantity } from './quantities.js';
import { rulesOf } from './rules.js';

export interface DraftPledge {
  bureauId: string | null;
  text: string;
  start: number;
  end: number;
  metric: string | null;
  target: number | null;
  unit: string | null;
  comparator: string | null;
  due: string | null;
  concerns: string[];
  confidence: number;
  rule: string;
}

/** Kinds a pledge is about; a bureau is who pledges, an event where. */
const ABOUT = new Set(['PROJECT', 'PLACE', 'ENTERPRISE', 'INSTITUTION']);

/**
 * Pledges: the items of a bureau's section (under its heading or in a paragraph naming it) that
 * carry a commitment (rules.ts, kind commitment) — or, verbless, list a quantity in a sentence
 * whose earlier item does (…完成4条断头路打通，4000个以上停车位联网任务). Statements of what was
 * already done are progress, not pledges (isProgress).
 */
export function findPledges(
  paras: readonly Paragraph[],
  mentions: readonly Mention[],
  year: number | undefined,
  isProgress: (clause: Clause) => boolean,
): DraftPledge[] {
  const result: DraftPledge[] = [];
  for (const para of paras) {
    if (para.heading || para.bureauId === undefined) continue;
    let borrowed: { rule: string; confidence: number; sentence: number } | undefined;
    for (const clause of clauses(para.text, para.start, blankOrgans(para, mentions))) {
      if (clause.rule) borrowed = { rule: clause.rule, confidence: clause.confidence ?? 0.5, sentence: clause.sentence };
      if (isProgress(clause)) continue;
      const counted = quantities(clause.text, clause.start).filter((q) => !mentions.some((m) => m.start <= q.start && q.end <= m.end));
      const inherited = !clause.rule && counted.length > 0 && borrowed?.sentence === clause.sentence ? borrowed : undefined;
      const rule = clause.rule ?? inherited?.rule;
      if (!rule) continue;
      // A clause that is only a name (a photo's caption: …作风建设动员大会) commits no one.
      const named = mentions.filter((m) => clause.start <= m.start && m.end <= clause.end);
      const rest = named.reduce((s, m) => s.replace(m.text, ''), clause.text).replace(/[\p{P}\s\d年]/gu, '');
      if (named.length > 0 && rest.length < 2) continue;
      const quantity = counted[0];
      const inClause = mentions.filter((m) => clause.start <= m.start && m.end <= clause.end);
      const due = dueDate(clause.text, para.year ?? year);
      let confidence = (clause.confidence ?? inherited?.confidence ?? 0.5) + (quantity ? 0.1 : 0) - (inherited ? 0.1 : 0) - (para.bureauId === null ? 0.2 : 0);
      confidence = Math.round(Math.min(0.99, Math.max(0.1, confidence)) * 100) / 100;
      result.push({
        bureauId: inClause.find((m) => speaksFor(m, para))?.entityId ?? para.bureauId,
        text: clause.text,
        start: clause.start,
        end: clause.end,
        metric: quantity ? metricOf(clause, quantity) : null,
        target: quantity?.value ?? null,
        unit: quantity?.unit ?? null,
        comparator: quantity?.comparator ?? null,
        due: due?.due ?? null,
        concerns: [...new Set(inClause.filter((m) => ABOUT.has(m.kind)).map((m) => m.entityId))],
        confidence,
        rule: [rule, quantity?.rule, due?.rule].filter(Boolean).join('+'),
      });
    }
  }
  return result;
}

/**
 * What the number counts: the words after it (4条断头路打通 → 断头路打通), else the words before it
 * back to the clause's verb (技术合同成交额增长10% → 技术合同成交额增长).
 */
export function metricOf(clause: { text: string; start: number }, quantity: Quantity): string | null {
  const clean = (s: string) =>
    s
      .replace(/[“”"‘’]/g, '')
      .replace(/^(?:以上|及以上|以内|以下|的)/u, '')
      .replace(/(?:任务|工作|目标)$/u, '')
      .trim();
  const after = clean(clause.text.slice(quantity.end - clause.start).split(/[，、。；和]/u)[0] ?? '');
  if (/[\u4e00-\u9fff]{2}/u.test(after)) return after;
  const before = clause.text.slice(0, quantity.start - clause.start).replace(/(?:不少于|不低于|至少|超过|突破|达到?|控制在)$/u, '');
  // After the last verb or date phrase that something follows: 力争全社会研发投入增长 → 全社会研发投入增长.
  const cuts = [...rulesOf('commitment'), ...rulesOf('due')].flatMap((rule) =>
    [...before.matchAll(new RegExp(rule.pattern.source, 'gu'))].map((m) => m.index + m[0].length).filter((end) => end < before.length - 1),
  );
  const from = cuts.length > 0 ? Math.max(...cuts) : 0;
  const metric = clean(
    before
      .slice(from)
      .replace(/^(?:前|以前|之前|内)/u, '')
      .split(/[，、]/u)
      .at(-1) ?? '',
  );
  return metric === '' ? null : metric;
}

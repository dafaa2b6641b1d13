import type { PledgeStatus } from '../generated/graphql.js';
import type { Lang } from '../state/ViewState.js';

/**
 * The words of "as of", the document scope, the pledges' statuses and their timelines, kept apart
 * from messages.ts (which every view shares) so that they change without touching it.
 */
export interface TimeMessages {
  heading: string;
  asOf: string;
  asOfHint: string;
  today: string;
  document: string;
  allDocuments: string;
  from: string;
  to: string;
  clearScope: string;
  statusHeading: string;
  statusNames: Record<PledgeStatus, string>;
  timeline: string;
  timelineEmpty: string;
  /** "1,200 of ≥ 4,000 个 — 30%". */
  share: (value: string, target: string, percent: string) => string;
  /** A value without a comparable target. */
  reached: (value: string) => string;
  derivedNote: string;
  afterAsOf: string;
  readDocument: string;
  sourcesFrom: (title: string, date: string | null) => string;
  showInDocument: string;
}

const en: TimeMessages = {
  heading: 'Time and documents',
  asOf: 'As of',
  asOfHint: 'Pledges made later are hidden; the others show their status on that day. Empty: today.',
  today: 'Today',
  document: 'Document',
  allDocuments: 'All documents',
  from: 'Documents from',
  to: 'to',
  clearScope: 'All documents, any date',
  statusHeading: 'Pledge status',
  statusNames: {
    pledged: 'pledged',
    in_the_works: 'in the works',
    stalled: 'stalled',
    kept: 'kept',
    compromise: 'compromise',
    broken: 'broken',
  },
  timeline: 'Timeline',
  timelineEmpty: 'No dated source records this pledge yet.',
  share: (value, target, percent) => `${value} of ${target} — ${percent}`,
  reached: (value) => `${value} reached`,
  derivedNote: 'made',
  afterAsOf: 'after the “as of” day',
  readDocument: 'Read',
  sourcesFrom: (title, date) => (date ? `${title} · ${date}` : title),
  showInDocument: 'Show in the document',
};

const zh: TimeMessages = {
  heading: '时间与文档',
  asOf: '截至',
  asOfHint: '隐藏此日之后作出的承诺，其余显示当日状态。留空即为今天。',
  today: '今天',
  document: '文档',
  allDocuments: '全部文档',
  from: '文档日期自',
  to: '至',
  clearScope: '全部文档、不限日期',
  statusHeading: '承诺状态',
  statusNames: {
    pledged: '已承诺',
    in_the_works: '推进中',
    stalled: '停滞',
    kept: '已兑现',
    compromise: '部分兑现',
    broken: '未兑现',
  },
  timeline: '进展时间线',
  timelineEmpty: '尚无注明日期的来源记载此承诺。',
  share: (value, target, percent) => `${value} / ${target}，完成 ${percent}`,
  reached: (value) => `已达 ${value}`,
  derivedNote: '作出承诺',
  afterAsOf: '晚于“截至”日期',
  readDocument: '阅读',
  sourcesFrom: (title, date) => (date ? `${title} · ${date}` : title),
  showInDocument: '在文档中显示',
};

export function timeMessages(lang: Lang): TimeMessages {
  return lang === 'zh' ? zh : en;
}

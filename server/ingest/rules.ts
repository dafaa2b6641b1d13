import type { EntityKind } from '../generated/graphql.js';

/** The six levels public promise trackers rate a pledge on (PolitiFact's Obameter and its kin). */
export type Status = 'pledged' | 'in_the_works' | 'stalled' | 'kept' | 'compromise' | 'broken';
export type Comparator = '≥' | '≤' | '=';
/** A due date as month and day of the pledge's year; day 'end' is the month's last day. */
export interface Due {
  month: number;
  day: number | 'end';
}

type RuleOf<K extends string, Y> = { id: string; kind: K; pattern: RegExp; yields: Y; why: string };
export type Rule =
  | RuleOf<'heading', { kind: 'BUREAU' }>
  | RuleOf<'candidate', { kind: EntityKind }>
  | RuleOf<'commitment', { confidence: number }>
  | RuleOf<'tense', { tense: 'past' | 'future' }>
  | RuleOf<'comparator', { comparator: Comparator; side: 'before' | 'after' }>
  | RuleOf<'due', (match: RegExpExecArray) => Due | undefined>
  | RuleOf<'progress', { status: Status }>
  | RuleOf<'asOf', (match: RegExpExecArray) => Due | undefined>
  | RuleOf<'unit', { unit: string }>;

const CN_MONTH = String.raw`(\d{1,2}|十[一二]?|[一二三四五六七八九])`;
const month = (written: string | undefined): number | undefined => {
  const value = /^\d+$/.test(written ?? '')
    ? Number(written)
    : '一二三四五六七八九十'.indexOf((written ?? '').slice(-1)) + 1 + (written?.length === 2 ? 10 : 0);
  return value >= 1 && value <= 12 ? value : undefined;
};

/**
 * Every rule of the draft extraction, in one table. Written for the genre — district work
 * reports, 工作要点, 表态发言 — not for one article: each row's words are the genre's stock
 * phrases. Order matters within a kind: the first row that matches wins.
 */
export const RULES: readonly Rule[] = [
  // A line that is only an organ's name heads that organ's section (the layout of speech round-ups).
  {
    id: 'heading-organ',
    kind: 'heading',
    pattern: /^(?:[\u4e00-\u9fff]{2,24}(?:局|委员会|委|办公室|办|中心|管委会|街道办事处|街道|镇|处|厅|署))$/u,
    yields: { kind: 'BUREAU' },
    why: 'an organ named alone on a line heads its section',
  },

  { id: 'candidate-organ', kind: 'candidate', pattern: /(?:局|委员会|管委会)$/u, yields: { kind: 'BUREAU' }, why: 'government organs: 区财政局' },
  {
    id: 'candidate-company',
    kind: 'candidate',
    pattern: /(?:股份有限公司|有限责任公司|有限公司|集团|公司)$/u,
    yields: { kind: 'ENTERPRISE' },
    why: 'company names end in 有限公司/集团',
  },
  { id: 'candidate-university', kind: 'candidate', pattern: /(?:大学|学院|研究院|研究所)$/u, yields: { kind: 'INSTITUTION' }, why: 'schools and institutes' },
  { id: 'candidate-centre', kind: 'candidate', pattern: /(?:中心|医院)$/u, yields: { kind: 'INSTITUTION' }, why: 'service centres and hospitals' },
  { id: 'candidate-project', kind: 'candidate', pattern: /(?:项目|工程)$/u, yields: { kind: 'PROJECT' }, why: 'projects and works' },
  {
    id: 'candidate-place',
    kind: 'candidate',
    pattern: /(?:产业园|科技园|园区|码头|广场|景区|片区|小镇|港)$/u,
    yields: { kind: 'PLACE' },
    why: 'parks, ports, plazas, scenic areas, zones',
  },

  // A stated future is the strongest sign of a pledge; the verbs of the genre's action lists next.
  { id: 'commit-future', kind: 'commitment', pattern: /将|力争|确保|争取|计划|拟|务必|全力以赴/u, yields: { confidence: 0.9 }, why: 'a stated intention' },
  { id: 'commit-target', kind: 'commitment', pattern: /完成|实现|达到|新增|增长|建成|打通/u, yields: { confidence: 0.8 }, why: 'a result to reach' },
  {
    id: 'commit-build',
    kind: 'commitment',
    pattern: /建设|打造|搭建|构建|建立|组建|成立|创建|争创|启动/u,
    yields: { confidence: 0.7 },
    why: 'something to build or set up',
  },
  {
    id: 'commit-push',
    kind: 'commitment',
    pattern: /推动|推进|加快|加速|加大|加强|强化|攻坚|抓好|做好|落实/u,
    yields: { confidence: 0.7 },
    why: 'work to push',
  },
  { id: 'commit-attract', kind: 'commitment', pattern: /招引|引进|引入|吸引|招商|紧盯|承接|对接/u, yields: { confidence: 0.7 }, why: 'investment to court' },
  {
    id: 'commit-improve',
    kind: 'commitment',
    pattern: /健全|完善|优化|规范|提升|提高|扩大|丰富|增强/u,
    yields: { confidence: 0.6 },
    why: 'something to improve',
  },
  {
    id: 'commit-carry-out',
    kind: 'commitment',
    pattern: /开展|实施|执行|组织|谋划|培育|扶持|支持|引导|助力|发展|发挥|利用|保障|形成|解决|严防|管控|坚持/u,
    yields: { confidence: 0.6 },
    why: 'an action to carry out',
  },

  {
    id: 'tense-past',
    kind: 'tense',
    pattern: /已经|已|截至|截止|累计|今年以来|上半年以来|目前|先后|共计/u,
    yields: { tense: 'past' },
    why: 'reports what was done',
  },
  { id: 'tense-future', kind: 'tense', pattern: /将|力争|计划|争取|确保|拟|下一步|明年|年内|前$/u, yields: { tense: 'future' }, why: 'says what will be done' },

  { id: 'comparator-at-least-after', kind: 'comparator', pattern: /^(?:以上|及以上|多)/u, yields: { comparator: '≥', side: 'after' }, why: '4000个以上' },
  {
    id: 'comparator-at-least-before',
    kind: 'comparator',
    pattern: /(?:不少于|不低于|至少|(?<!不)超过|突破|达到?)$/u,
    yields: { comparator: '≥', side: 'before' },
    why: '不少于20家, 超过3.2亿',
  },
  { id: 'comparator-at-most-after', kind: 'comparator', pattern: /^(?:以内|以下)/u, yields: { comparator: '≤', side: 'after' }, why: '控制在5%以内' },
  {
    id: 'comparator-at-most-before',
    kind: 'comparator',
    pattern: /(?:不超过|不高于|控制在)$/u,
    yields: { comparator: '≤', side: 'before' },
    why: '不超过3个月',
  },

  {
    id: 'due-day',
    kind: 'due',
    pattern: new RegExp(`${CN_MONTH}月(\\d{1,2})日(?:前|以前|之前)`, 'u'),
    yields: (m) => (month(m[1]) ? { month: month(m[1])!, day: Number(m[2]) } : undefined),
    why: '6月30日前',
  },
  {
    id: 'due-month-end',
    kind: 'due',
    pattern: new RegExp(`${CN_MONTH}月(?:底|末|份)?(?:前|以前|之前)`, 'u'),
    yields: (m) => (month(m[1]) ? { month: month(m[1])!, day: 'end' } : undefined),
    why: '9月底前',
  },
  {
    id: 'due-quarter',
    kind: 'due',
    pattern: /(?:第)?([一二三四1-4])季度/u,
    yields: (m) => ({ month: 3 * ('一二三四'.indexOf(m[1]!) + 1 || Number(m[1])), day: 'end' }),
    why: '三季度, 第一季度',
  },
  { id: 'due-first-half', kind: 'due', pattern: /上半年(?!以来)/u, yields: () => ({ month: 6, day: 'end' }), why: '上半年' },
  { id: 'due-year', kind: 'due', pattern: /年内|年底前|年底|年末|全年|下半年/u, yields: () => ({ month: 12, day: 'end' }), why: '年内, 下半年' },

  // Progress verbs → a status, rated on outcomes: work begun is in the works; finished is kept.
  {
    id: 'progress-stalled',
    kind: 'progress',
    pattern: /停工|停滞|滞后|暂缓|搁置|未能|推迟|延期/u,
    yields: { status: 'stalled' },
    why: 'work stopped or behind',
  },
  {
    id: 'progress-finished',
    kind: 'progress',
    pattern: /竣工|完工|建成|投入使用|投用|交付使用|落户|开业/u,
    yields: { status: 'kept' },
    why: 'the outcome exists',
  },
  {
    id: 'progress-begun',
    kind: 'progress',
    pattern: /开工|动工|封顶|签约|入驻|完成|新增|累计|达到/u,
    yields: { status: 'in_the_works' },
    why: 'work under way; a quantity is rated against the pledge',
  },

  // The date a progress statement speaks of (截至6月底), when it gives one.
  {
    id: 'asof-day',
    kind: 'asOf',
    pattern: new RegExp(`(?:截至|截止|到)${CN_MONTH}月(\\d{1,2})日`, 'u'),
    yields: (m) => (month(m[1]) ? { month: month(m[1])!, day: Number(m[2]) } : undefined),
    why: '截至6月20日',
  },
  {
    id: 'asof-month',
    kind: 'asOf',
    pattern: new RegExp(`(?:截至|截止|到|1—|1-|1至)${CN_MONTH}月(?:底|末|份)?`, 'u'),
    yields: (m) => (month(m[1]) ? { month: month(m[1])!, day: 'end' } : undefined),
    why: '截至6月底, 1—6月',
  },

  // Units a target is counted in, longest first so 万平方米 beats 平方米 and 人次 beats 人.
  { id: 'unit-money', kind: 'unit', pattern: /^(?:万元|亿元|元|美元)/u, yields: { unit: 'money' }, why: '3.2亿元' },
  { id: 'unit-area-length', kind: 'unit', pattern: /^(?:万平方米|平方米|平方公里|公里|千米|米|亩|公顷)/u, yields: { unit: 'measure' }, why: '12万平方米' },
  { id: 'unit-share', kind: 'unit', pattern: /^(?:个百分点|%|％|倍)/u, yields: { unit: 'share' }, why: '10%' },
  {
    id: 'unit-count',
    kind: 'unit',
    pattern: /^(?:人次|家|条|处|项|次|个|场|所|座|栋|套|户|辆|台|名|人|间|吨|千瓦)/u,
    yields: { unit: 'count' },
    why: '4条, 两家, 400人次 (not 期: 二期 is a phase)',
  },
];

export function rulesOf<K extends Rule['kind']>(kind: K): Extract<Rule, { kind: K }>[] {
  return RULES.filter((rule): rule is Extract<Rule, { kind: K }> => rule.kind === kind);
}

/** The first rule of a kind whose pattern matches the text. */
export function firstRule<K extends Rule['kind']>(kind: K, text: string): { rule: Extract<Rule, { kind: K }>; match: RegExpExecArray } | undefined {
  for (const rule of rulesOf(kind)) {
    const match = rule.pattern.exec(text);
    if (match) return { rule, match };
  }
  return undefined;
}

import { describe, expect, it } from 'vitest';
import { draft } from '../../../server/ingest/draft.js';
import { dueDate } from '../../../server/ingest/dueDate.js';
import type { KnownGraph } from '../../../server/ingest/knownGraph.js';
import { paragraphs } from '../../../server/ingest/paragraphs.js';
import { quantities } from '../../../server/ingest/quantities.js';
import { RULES, type Rule } from '../../../server/ingest/rules.js';

// One bureau the drafts can attribute to; no pledges, so nothing links by accident.
const KNOWN: KnownGraph = { entities: [{ id: 'bureau:test', kind: 'BUREAU', names: ['区测试局'] }], pledges: [], documents: [] };
const underBureau = (clause: string) => draft(`区测试局\n\n${clause}。`, KNOWN, { date: '2024-02-01' });

/**
 * Every row of the rule table with an input of its own and what the extraction must make of it,
 * run through the public functions (not the regex alone): a rule that stops firing, or fires
 * under another row, fails its own test.
 */
const EXAMPLES: Record<string, { input: string; check: (rule: Rule, input: string) => void }> = {
  'heading-organ': {
    input: '区农业农村局\n\n全力推进高标准农田建设。',
    check: (_, input) => {
      const [heading, body] = paragraphs(input, []);
      expect(heading).toMatchObject({ heading: true, bureauId: null });
      expect(body).toMatchObject({ heading: false, bureauId: null });
      expect(draft(input, KNOWN).pledges).toMatchObject([{ bureauId: null, text: '全力推进高标准农田建设' }]);
    },
  },
  'candidate-organ': { input: '配合区农业农村局推进高标准农田建设', check: candidate('BUREAU', '区农业农村局') },
  'candidate-company': { input: '引进山东鲁信智造集团', check: candidate('ENTERPRISE', '山东鲁信智造集团') },
  'candidate-university': { input: '支持企业与曲阜师范大学合作', check: candidate('INSTITUTION', '曲阜师范大学') },
  'candidate-centre': { input: '建设济宁康养服务中心', check: candidate('INSTITUTION', '济宁康养服务中心') },
  'candidate-project': { input: '推进南池湿地公园项目', check: candidate('PROJECT', '南池湿地公园项目') },
  'candidate-place': { input: '打造泗水风情小镇', check: candidate('PLACE', '泗水风情小镇') },
  'commit-future': { input: '力争引进企业总部', check: commitment() },
  'commit-target': { input: '完成道路改造', check: commitment() },
  'commit-build': { input: '打造智慧社区样板', check: commitment() },
  'commit-push': { input: '加快老旧小区改造', check: commitment() },
  'commit-attract': { input: '招引高端装备制造企业', check: commitment() },
  'commit-improve': { input: '优化营商环境', check: commitment() },
  'commit-carry-out': { input: '开展安全生产大检查', check: commitment() },
  'tense-past': {
    input: '体育馆改造已完成',
    check: (_, input) => {
      const result = underBureau(input);
      expect(result.progress.map((p) => p.text)).toEqual([input]);
      expect(result.pledges).toEqual([]);
    },
  },
  'tense-future': {
    input: '下一步将确保体育馆竣工',
    check: (_, input) => {
      const result = underBureau(input);
      expect(result.progress).toEqual([]);
      expect(result.pledges.map((p) => p.text)).toEqual([input]);
    },
  },
  'comparator-at-least-after': { input: '新增停车位4000个以上', check: comparator('≥', 4000, '个') },
  'comparator-at-least-before': { input: '引进企业不少于二十家', check: comparator('≥', 20, '家') },
  'comparator-at-most-after': { input: '事故起数降至5%以内', check: comparator('≤', 5, '%') },
  'comparator-at-most-before': { input: '审批时限不超过3个工作日', check: comparator('≤', 3, '个') },
  'due-day': { input: '6月30日前完成验收', check: due('2024-06-30') },
  'due-month-end': { input: '九月底前建成', check: due('2024-09-30') },
  'due-quarter': { input: '三季度完成主体施工', check: due('2024-09-30') },
  'due-first-half': { input: '上半年开工建设', check: due('2024-06-30') },
  'due-year': { input: '下半年建成游客中心', check: due('2024-12-31') },
  'progress-stalled': { input: '文化馆项目已停工', check: progress('stalled') },
  'progress-finished': { input: '全民健身中心已竣工', check: progress('kept') },
  'progress-begun': { input: '污水处理厂已开工', check: progress('in_the_works') },
  'asof-day': { input: '截至6月20日，已完成投资', check: (rule, input) => expect(dueDate(input, 2024, 'asOf')).toEqual({ due: '2024-06-20', rule: rule.id }) },
  'asof-month': { input: '1—6月，累计完成投资', check: (rule, input) => expect(dueDate(input, 2024, 'asOf')).toEqual({ due: '2024-06-30', rule: rule.id }) },
  'unit-money': { input: '总投资3.2亿元', check: unit(320_000_000, '元') },
  'unit-area-length': { input: '新增绿地12万平方米', check: unit(120_000, '平方米') },
  'unit-share': { input: '增长百分之十五', check: unit(15, '%') },
  'unit-count': { input: '新建学校两所', check: unit(2, '所') },
};

describe('the rule table', () => {
  it('has an example for every row, and every example a row', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  for (const rule of RULES) {
    it(`${rule.id} (${rule.kind}): ${EXAMPLES[rule.id]?.input ?? 'no example'}`, () => {
      const example = EXAMPLES[rule.id];
      expect(example, `rules.ts row ${rule.id} needs an example here`).toBeDefined();
      example!.check(rule, example!.input);
    });
  }
});

function candidate(kind: string, name: string) {
  return (rule: Rule, input: string) => {
    const found = draft(input, { entities: [], pledges: [], documents: [] }).candidates;
    expect(found).toContainEqual({ kind, name, start: input.indexOf(name), end: input.indexOf(name) + name.length, rule: rule.id });
  };
}

function commitment() {
  return (rule: Rule, input: string) => {
    const [pledge, ...more] = underBureau(input).pledges;
    expect(more).toEqual([]);
    expect(pledge).toMatchObject({ bureauId: 'bureau:test', text: input, start: '区测试局\n\n'.length });
    expect(pledge!.rule.split('+')[0]).toBe(rule.id);
  };
}

function comparator(sign: string, value: number, unitName: string) {
  return (rule: Rule, input: string) => expect(quantities(input)).toMatchObject([{ comparator: sign, value, unit: unitName, rule: rule.id }]);
}

function due(date: string) {
  return (rule: Rule, input: string) => {
    expect(dueDate(input, 2024)).toEqual({ due: date, rule: rule.id });
    expect(underBureau(input).pledges[0]).toMatchObject({ due: date });
  };
}

function progress(status: string) {
  return (rule: Rule, input: string) => expect(underBureau(input).progress).toMatchObject([{ status, rule: rule.id, text: input, date: '2024-02-01' }]);
}

function unit(value: number, unitName: string) {
  return (_: Rule, input: string) => expect(quantities(input)).toMatchObject([{ value, unit: unitName }]);
}

import { describe, expect, it } from 'vitest';
import { furthest, STAGE_ORDER, STAGE_RULES, stageFromTiers, stageOf } from '../../../server/targets/stages.js';

describe('STAGE_RULES', () => {
  it.each([
    ['入驻', 'SETTLED'],
    ['落户', 'SETTLED'],
    ['招引', 'COURTED'],
    ['引进', 'COURTED'],
    ['引入', 'COURTED'],
    ['对接', 'COURTED'],
    ['考察', 'STUDIED'],
    ['调研', 'STUDIED'],
    ['紧盯', 'WATCHED'],
  ] as const)('%s reads %s', (verb, stage) => {
    expect(STAGE_RULES).toContainEqual({ verb, stage });
    expect(stageOf([`加快${verb}某企业`])).toEqual({ stage, verb, quote: `加快${verb}某企业` });
  });

  it('has exactly those nine verbs, each once, each with a stage of STAGE_ORDER', () => {
    expect(STAGE_RULES).toHaveLength(9);
    expect(new Set(STAGE_RULES.map((rule) => rule.verb)).size).toBe(9);
    for (const rule of STAGE_RULES) expect(STAGE_ORDER).toContain(rule.stage);
    expect(STAGE_ORDER).toEqual(['SETTLED', 'COURTED', 'STUDIED', 'WATCHED']);
  });
});

describe('stageOf', () => {
  it('is null when no verb of the table occurs', () => {
    expect(stageOf(['推进大中精工履带项目落地', '支持山东理工职业学院与中国矿业大学产学研合作'])).toBeNull();
    expect(stageOf([])).toBeNull();
  });

  it('reads the article’s own words', () => {
    expect(stageOf(['以中国物流、中通物流入驻石桥为引擎'])).toMatchObject({ stage: 'SETTLED', verb: '入驻' });
    expect(stageOf(['引入科大讯飞'])).toMatchObject({ stage: 'COURTED', verb: '引入' });
    expect(stageOf(['加大联东U谷、金科集团考察调研力度'])).toMatchObject({ stage: 'STUDIED', verb: '考察' });
    expect(stageOf(['紧盯三井物产株式会社'])).toMatchObject({ stage: 'WATCHED', verb: '紧盯' });
  });

  it('picks the furthest stage when several verbs occur, and names the verb and its quote', () => {
    expect(stageOf(['紧盯三井物产株式会社，加大对接频次'])).toEqual({ stage: 'COURTED', verb: '对接', quote: '紧盯三井物产株式会社，加大对接频次' });
    expect(stageOf(['考察调研', '引进后落户园区'])).toEqual({ stage: 'SETTLED', verb: '落户', quote: '引进后落户园区' });
  });

  it('among verbs of one stage, takes the first in the text, then the first quote', () => {
    expect(stageOf(['先调研再考察'])).toMatchObject({ verb: '调研' });
    expect(stageOf(['引入甲', '招引乙'])).toMatchObject({ verb: '引入', quote: '引入甲' });
  });
});

describe('stageFromTiers', () => {
  it('lets the nearest words that hold a verb decide', () => {
    const reading = stageFromTiers([['紧盯三井物产株式会社'], ['紧盯三井物产株式会社…等世界500强跨国公司'], ['加大对接频次和洽谈力度']]);
    expect(reading).toMatchObject({ stage: 'WATCHED', verb: '紧盯' });
  });

  it('falls back to the next tier when a tier holds no verb', () => {
    const reading = stageFromTiers([
      ['推动鲁西南细胞制备中心'],
      ['推动鲁西南细胞制备中心'],
      ['推动鲁西南细胞制备中心、太初机械底盘件等项目加快入驻济东产业园'],
    ]);
    expect(reading).toMatchObject({ stage: 'SETTLED', verb: '入驻' });
    expect(stageFromTiers([['以…为核心'], []])).toBeNull();
  });
});

describe('furthest', () => {
  it('takes the furthest of several readings, ignoring nulls', () => {
    expect(furthest([null, { stage: 'STUDIED', verb: '考察', quote: 'q1' }, { stage: 'COURTED', verb: '引入', quote: 'q2' }])).toEqual({
      stage: 'COURTED',
      verb: '引入',
      quote: 'q2',
    });
    expect(furthest([null])).toBeNull();
  });
});

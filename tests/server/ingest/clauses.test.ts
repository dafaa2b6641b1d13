import { describe, expect, it } from 'vitest';
import { clauses } from '../../../server/ingest/clauses.js';

const items = (text: string) => clauses(text, 0).map((c) => c.text);

describe('clauses', () => {
  it('cuts a sentence where a new action or a new quantity starts, and keeps verbless fragments with their item', () => {
    expect(items('健全完善联防联控机制，建强队伍，配齐装备，常态化开展火灾监测。')).toEqual(['健全完善联防联控机制，建强队伍，配齐装备', '常态化开展火灾监测']);
    expect(items('高标准完成4条断头路打通、3处公共停车场建设和争创智慧停车试点区，4000个以上停车位联网任务。')).toEqual([
      '高标准完成4条断头路打通',
      '3处公共停车场建设',
      '争创智慧停车试点区',
      '4000个以上停车位联网任务',
    ]);
  });

  it('keeps a list without numbers whole, never cuts inside quotes, and gives an opening its item', () => {
    expect(items('2023年，将强化煤矿、危化品、燃气等领域的专项整治。')).toEqual(['2023年，将强化煤矿、危化品、燃气等领域的专项整治']);
    expect(items('“靠的上、顶得住”，充分做好项目服务。')).toEqual(['“靠的上、顶得住”，充分做好项目服务']);
  });

  it('gives offsets into the whole text and the commitment rule that fired', () => {
    const [first, second] = clauses('将推进道路建设；优化营商环境。', 10);
    expect(first).toMatchObject({ start: 10, end: 17, text: '将推进道路建设', rule: 'commit-future' });
    expect(second).toMatchObject({ start: 18, end: 24, text: '优化营商环境', rule: 'commit-improve' });
  });
});

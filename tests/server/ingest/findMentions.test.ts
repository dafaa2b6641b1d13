import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../server/ingest/findMentions.js';
import type { KnownEntity } from '../../../server/ingest/knownGraph.js';

const ENTITIES: KnownEntity[] = [
  { id: 'place:jidong-park', kind: 'PLACE', names: ['济东数字经济产业园', '济东产业园', '济东', 'Jidong Park'] },
  { id: 'enterprise:dazhong', kind: 'ENTERPRISE', names: ['大中精工', '大中'] },
  { id: 'project:dazhong-track', kind: 'PROJECT', names: ['大中精工履带项目'] },
  { id: 'project:sci-tech-service', kind: 'PROJECT', names: ['科技服务专班', '科技服务'] },
  { id: 'bureau:construction', kind: 'BUREAU', names: ['太白湖新区建设局', '建设局'] },
  { id: 'place:district', kind: 'PLACE', names: ['太白湖新区', '新区'] },
  { id: 'enterprise:zto', kind: 'ENTERPRISE', names: ['中通', 'ZTO'] },
];
const found = (text: string) => findMentions(text, ENTITIES).map((m) => [m.entityId, text.slice(m.start, m.end)]);

describe('findMentions', () => {
  it('takes the longest name first: 济东数字经济产业园 once, not 济东 inside it', () => {
    expect(found('加大济东数字经济产业园招商力度，推进济东产业园建设')).toEqual([
      ['place:jidong-park', '济东数字经济产业园'],
      ['place:jidong-park', '济东产业园'],
    ]);
  });

  it("keeps a name that opens another entity's longer name: the company in its project", () => {
    expect(found('推进大中精工履带项目落地')).toEqual([
      ['project:dazhong-track', '大中精工履带项目'],
      ['enterprise:dazhong', '大中精工'],
    ]);
  });

  it("does not read an organ's jurisdiction as a mention of the place", () => {
    expect(found('太白湖新区建设局将推动新区发展')).toEqual([
      ['bureau:construction', '太白湖新区建设局'],
      ['place:district', '新区'],
    ]);
  });

  it('drops an alias that stops inside a word, and Latin names inside longer words', () => {
    expect(found('扶持小微科技服务业发展，成立科技服务专班')).toEqual([['project:sci-tech-service', '科技服务专班']]);
    expect(found('ZTOX and ZTO')).toEqual([['enterprise:zto', 'ZTO']]);
  });

  it('gives offsets in UTF-16 code units of the text', () => {
    const text = '𠮷中通';
    expect(findMentions(text, ENTITIES)).toEqual([{ entityId: 'enterprise:zto', kind: 'ENTERPRISE', start: 2, end: 4, text: '中通' }]);
  });
});

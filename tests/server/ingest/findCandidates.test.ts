import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../server/ingest/findCandidates.js';
import { findMentions } from '../../../server/ingest/findMentions.js';
import { segment } from '../../../server/ingest/segment.js';

const KNOWN = [{ id: 'enterprise:tuofubao', kind: 'ENTERPRISE' as const, names: ['杭州托服宝电子商务有限公司'] }];
const names = (text: string) => findCandidates(text, segment(text), findMentions(text, KNOWN)).map((c) => [c.kind, c.name]);

describe('findCandidates', () => {
  it('runs a name back from its suffix to the verb before it', () => {
    expect(names('力争引进东岳精密机械有限公司落户园区')).toEqual([['ENTERPRISE', '东岳精密机械有限公司']]);
  });

  it("keeps an organ's name whole across 和", () => {
    expect(names('任城区教育和体育局')).toEqual([['BUREAU', '任城区教育和体育局']]);
  });

  it('proposes nothing the graph already knows', () => {
    expect(names('引入杭州托服宝电子商务有限公司运营管理')).toEqual([]);
  });

  it('proposes no description made of common nouns, and no bare suffix', () => {
    expect(names('以创建国家级区域医疗中心为契机，招引一批电子信息类项目入驻园区')).toEqual([]);
  });
});

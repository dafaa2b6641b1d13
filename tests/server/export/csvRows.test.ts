import { describe, expect, it } from 'vitest';
import { sharedCsvRows, targetCsvRows } from '../../../server/export/csvRows.js';
import type { TargetData } from '../../../server/targets/investmentTargets.js';

const node = (id: string, name: string, nameEn?: string) => ({ id, kind: id.split(':')[0]!.toUpperCase(), name, ...(nameEn ? { nameEn } : {}) });

describe('sharedCsvRows', () => {
  it('counts the bureaus and pledges and names the bureaus', () => {
    const rows = sharedCsvRows([
      {
        entity: node('project:fuxing', '复兴之路文化科技项目', 'Fuxing Road'),
        bureaus: [node('bureau:a', '建设局'), node('bureau:b', '文旅局')],
        pledges: [node('pledge:1', '1'), node('pledge:2', '2'), node('pledge:3', '3')],
      },
      { entity: node('place:x', '某地'), bureaus: [node('bureau:a', '建设局')], pledges: [node('pledge:4', '4')] },
    ]);
    expect(rows).toEqual([
      { entity: '复兴之路文化科技项目', entityEn: 'Fuxing Road', kind: 'PROJECT', bureauCount: 2, bureaus: '建设局; 文旅局', pledgeCount: 3 },
      { entity: '某地', entityEn: '', kind: 'PLACE', bureauCount: 1, bureaus: '建设局', pledgeCount: 1 },
    ]);
  });
});

describe('targetCsvRows', () => {
  const quote = (q: string) => ({ documentId: 'document:d', start: 0, end: q.length, quote: q });
  const target = (stageQuote: string | null): TargetData => ({
    enterprise: node('enterprise:zto', '中通物流', 'ZTO Express'),
    bureaus: [],
    pledges: [],
    destinations: [],
    relations: [],
    stage: 'SETTLED',
    stageVerb: '入驻',
    byBureau: [
      {
        bureau: node('bureau:econ', '经济发展局'),
        pledges: [],
        relations: ['PARTNERS', 'SETTLES_IN'],
        stage: stageQuote ? 'SETTLED' : null,
        stageVerb: stageQuote ? '入驻' : null,
        stageQuote,
        destinations: [node('place:shiqiao', '石桥'), node('project:p', '某项目')],
        sources: [quote('以中国物流、中通物流入驻石桥为引擎')],
      },
    ],
  });

  it('writes one row per bureau, relations and stage in words', () => {
    expect(targetCsvRows([target('以中国物流、中通物流入驻石桥为引擎')])).toEqual([
      {
        name: '中通物流',
        nameEn: 'ZTO Express',
        relation: 'partners; settles in',
        stage: 'settled',
        bureaus: '经济发展局',
        destinations: '石桥; 某项目',
        quote: '以中国物流、中通物流入驻石桥为引擎',
      },
    ]);
  });

  it('adds the words holding the verb when they are not among the relationships’ quotes', () => {
    expect(targetCsvRows([target('等项目加快入驻济东产业园')])[0]!.quote).toBe('以中国物流、中通物流入驻石桥为引擎 … 等项目加快入驻济东产业园');
    expect(targetCsvRows([target(null)])[0]).toMatchObject({ stage: '', quote: '以中国物流、中通物流入驻石桥为引擎' });
  });
});

import type { TargetByBureauRecord, TargetRecord } from '../../../client/src/api/investmentTargets.js';
import type { EntityRecord } from '../../../client/src/api/records.js';
import type { TargetStage } from '../../../client/src/generated/graphql.js';
import { entity } from './fixtures.js';

// Targets shaped as the API's investmentTargets answers them (pure tests; no database).

export const bureau = (slug: string, zh: string, en: string) => entity(`bureau:${slug}`, 'BUREAU', `太白湖新区${zh}`, `${en} of Taibai Lake New District`);
export const place = (slug: string, zh: string, en: string) => entity(`place:${slug}`, 'PLACE', zh, en);

export const COMMERCE = bureau('commerce', '商务局', 'Commerce Bureau');
export const INVEST = bureau('invest', '投资促进局', 'Investment Promotion Bureau');
export const SHIQIAO = place('shiqiao', '石桥', 'Shiqiao');
export const PORT = place('port', '泗河口港', 'Sihekou Port');
export const PARK = place('park', '济东产业园', 'Jidong Industrial Park');

export function side(
  b: EntityRecord,
  stage: TargetStage | null,
  destinations: EntityRecord[],
  quotes: string[],
  extra: Partial<TargetByBureauRecord> = {},
): TargetByBureauRecord {
  return {
    bureau: b,
    pledges: [{ id: `pledge:${b.id.split(':')[1]}-${quotes.length}` }],
    relations: ['TARGETS'],
    stage,
    stageVerb: stage && { SETTLED: '入驻', COURTED: '引进', STUDIED: '考察', WATCHED: '紧盯' }[stage],
    stageQuote: stage && quotes[0] ? quotes[0] : null,
    destinations,
    // Given out of text order: the rows put them in order.
    sources: quotes.map((quote, i) => ({ quote, start: (quotes.length - i) * 10 })),
    ...extra,
  };
}

export function target(enterprise: EntityRecord, byBureau: TargetByBureauRecord[]): TargetRecord {
  const destinations = [...new Map(byBureau.flatMap((s) => s.destinations).map((d) => [d.id, d])).values()];
  return {
    enterprise,
    destinations,
    relations: [...new Set(byBureau.flatMap((s) => s.relations))],
    stage: byBureau[0]?.stage ?? null,
    stageVerb: byBureau[0]?.stageVerb ?? null,
    byBureau,
  };
}

export const ZTO = { ...entity('enterprise:zto', 'ENTERPRISE', '中通物流', 'ZTO Express'), summary: 'A courier company', summaryZh: '快递物流企业' };
export const MITSUI = entity('enterprise:mitsui', 'ENTERPRISE', '三井物产株式会社', 'Mitsui & Co.');
export const CELLS = entity('institution:cells', 'INSTITUTION', '鲁西南细胞制备中心', null);
export const LAB = entity('institution:lab', 'INSTITUTION', '实验室', 'A laboratory');

export const TARGETS: TargetRecord[] = [
  target(ZTO, [
    side(COMMERCE, 'SETTLED', [SHIQIAO, PORT], ['中通物流入驻石桥为引擎', '优化泗河口港集装箱码头']),
    side(INVEST, 'COURTED', [SHIQIAO], ['引进中通物流'], { relations: ['PARTNERS', 'SETTLES_IN'] }),
  ]),
  target(MITSUI, [side(INVEST, 'WATCHED', [], ['紧盯三井物产株式会社'])]),
  target(CELLS, [side(COMMERCE, 'SETTLED', [PARK], ['细胞制备中心等项目加快入驻济东产业园'])]),
  target(LAB, [side(COMMERCE, null, [PARK], ['建设实验室'])]),
];

import { describe, expect, it } from 'vitest';
import type { NodeProps } from '../../../server/db/records.js';
import { targetCsvRows } from '../../../server/export/csvRows.js';
import { deriveTargets, type StoredTarget } from '../../../server/targets/investmentTargets.js';

const span = (quote: string, start: number) => JSON.stringify([{ documentId: 'document:d', start, end: start + quote.length, quote }]);
const node = (id: string, name: string, position: number, extra: Record<string, unknown> = {}): NodeProps => ({
  id,
  kind: id.split(':')[0]!.toUpperCase(),
  name,
  position,
  ...extra,
});

const econ = node('bureau:econ', '经济发展局', 1);
const invest = node('bureau:invest', '投资促进中心', 2);
const shiqiao = node('place:shiqiao', '石桥', 30);
const park = node('place:park', '济东产业园', 20);
const hangzhou = node('place:hangzhou', '杭州', 10);

const zto: StoredTarget = {
  enterprise: node('enterprise:zto', '中通物流', 5),
  byBureau: [
    {
      bureau: econ,
      pledges: [
        node('pledge:port', '码头', 6, {
          text: '优化泗河口港集装箱码头功能布局',
          sources: span('以中国物流、中通物流入驻石桥为引擎，优化泗河口港集装箱码头功能布局', 100),
        }),
      ],
      relations: [{ type: 'PARTNERS', pledgeId: 'pledge:port', sources: span('以中国物流、中通物流入驻石桥为引擎', 100) }],
      destinations: [],
    },
  ],
  own: [{ type: 'SETTLES_IN', sources: span('以中国物流、中通物流入驻石桥为引擎', 100), target: shiqiao }],
};

describe('deriveTargets', () => {
  it('gives a partner its destination through its own SETTLES_IN, and the stage of the quoted verb', () => {
    const [target] = deriveTargets([zto]);
    expect(target!.destinations.map((d) => d.id)).toEqual(['place:shiqiao']);
    expect(target!.relations).toEqual(['PARTNERS', 'SETTLES_IN']);
    expect(target).toMatchObject({ stage: 'SETTLED', stageVerb: '入驻' });
    expect(target!.byBureau).toHaveLength(1);
    expect(target!.byBureau[0]).toMatchObject({
      relations: ['PARTNERS', 'SETTLES_IN'],
      stage: 'SETTLED',
      stageVerb: '入驻',
      stageQuote: '以中国物流、中通物流入驻石桥为引擎',
    });
    // The same words state both relationships: quoted once.
    expect(target!.byBureau[0]!.sources).toHaveLength(1);
  });

  it('keeps one entry per bureau, each with its own stage and destinations; the target takes the furthest', () => {
    const stored: StoredTarget = {
      enterprise: node('enterprise:acme', '某公司', 5),
      byBureau: [
        {
          bureau: econ,
          pledges: [node('pledge:a', 'a', 1, { text: '考察某公司' })],
          relations: [{ type: 'PARTNERS', pledgeId: 'pledge:a', sources: span('某公司', 10) }],
          destinations: [],
        },
        {
          bureau: invest,
          pledges: [node('pledge:b', 'b', 2, { text: '引进某公司' })],
          relations: [{ type: 'TARGETS', pledgeId: 'pledge:b', sources: span('引进某公司', 20) }],
          destinations: [park],
        },
      ],
      own: [{ type: 'LOCATED_IN', sources: span('杭州', 5), target: hangzhou }],
    };
    const [target] = deriveTargets([stored]);
    expect(target!.byBureau.map((row) => [row.bureau.id, row.relations, row.stage, row.stageVerb])).toEqual([
      ['bureau:econ', ['PARTNERS'], 'STUDIED', '考察'],
      ['bureau:invest', ['TARGETS'], 'COURTED', '引进'],
    ]);
    // The pledge destination first; where a bureau's pledges name none, where it is located.
    expect(target!.byBureau.map((row) => row.destinations.map((d) => d.id))).toEqual([['place:hangzhou'], ['place:park']]);
    expect(target!.destinations.map((d) => d.id)).toEqual(['place:park']);
    expect(target).toMatchObject({ stage: 'COURTED', stageVerb: '引进', relations: ['PARTNERS', 'TARGETS'] });
    expect(target!.bureaus.map((b) => b.id)).toEqual(['bureau:econ', 'bureau:invest']);
    expect(target!.pledges.map((p) => p.id)).toEqual(['pledge:a', 'pledge:b']);
  });

  it('adds what it OPERATES to its destinations, in reading order, and has no stage without a verb', () => {
    const stored: StoredTarget = {
      enterprise: node('enterprise:works', '大中精工', 5),
      byBureau: [
        {
          bureau: invest,
          pledges: [node('pledge:c', 'c', 3, { text: '推进大中精工履带项目落地', sources: span('推进大中精工履带项目落地', 40) })],
          relations: [{ type: 'TARGETS', pledgeId: 'pledge:c', sources: span('推进大中精工履带项目落地', 40) }],
          destinations: [shiqiao],
        },
      ],
      own: [{ type: 'OPERATES', sources: span('大中精工履带项目', 42), target: park }],
    };
    const [target] = deriveTargets([stored]);
    expect(target!.destinations.map((d) => d.id)).toEqual(['place:park', 'place:shiqiao']);
    expect(target).toMatchObject({ stage: null, stageVerb: null, relations: ['OPERATES', 'TARGETS'] });
    expect(target!.byBureau[0]).toMatchObject({ stage: null, stageVerb: null, stageQuote: null });
  });

  it("keeps the query's order (a page by name and id) and the CSV sorts by name in Chinese collation", () => {
    const b = { ...zto, enterprise: node('enterprise:b', '中通物流', 1) };
    const a = { ...zto, enterprise: node('enterprise:a', '阿里', 2) };
    const derived = deriveTargets([b, a]);
    expect(derived.map((t) => t.enterprise.id)).toEqual(['enterprise:b', 'enterprise:a']);
    expect([...new Set(targetCsvRows(derived).map((row) => row.name))]).toEqual(['阿里', '中通物流']);
  });
});

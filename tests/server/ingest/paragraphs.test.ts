import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../server/ingest/findMentions.js';
import type { KnownEntity } from '../../../server/ingest/knownGraph.js';
import { paragraphs } from '../../../server/ingest/paragraphs.js';

const BUREAUS: KnownEntity[] = [
  { id: 'bureau:a', kind: 'BUREAU', names: ['新区甲局', '甲局'] },
  { id: 'bureau:b', kind: 'BUREAU', names: ['新区乙局', '乙局'] },
];
const bureauOf = (text: string) => paragraphs(text, findMentions(text, BUREAUS)).map((p) => [p.text.slice(0, 6), p.heading, p.bureauId]);

describe('paragraphs', () => {
  it("gives each paragraph the organ whose heading it is under; an unknown organ's heading gives null", () => {
    expect(bureauOf('开场白。\n新区甲局\n## 小标题\n将推进道路建设。\n区丙局\n将完成绿化。')).toEqual([
      ['开场白。', false, undefined],
      ['新区甲局', true, 'bureau:a'],
      ['## 小标题', true, 'bureau:a'],
      ['将推进道路建', false, 'bureau:a'],
      ['区丙局', true, null],
      ['将完成绿化。', false, null],
    ]);
  });

  it('without headings, a paragraph that names a bureau speaks for it', () => {
    expect(bureauOf('甲局表示，将推进道路建设。\n乙局提出，力争完成绿化。')).toEqual([
      ['甲局表示，将', false, 'bureau:a'],
      ['乙局提出，力', false, 'bureau:b'],
    ]);
  });

  it('does not hand a paragraph to a bureau it names as a partner', () => {
    expect(bureauOf('新区甲局\n会同乙局推进道路建设。')).toEqual([
      ['新区甲局', true, 'bureau:a'],
      ['会同乙局推进', false, 'bureau:a'],
    ]);
  });

  it('continues a paragraph cut by a column break under its own bureau, even after another section', () => {
    const text = '新区甲局\n将推进道路建设，建立\n新区乙局\n将完成绿化工作。\n“一站通”服务机制，扶持小微企业发展。';
    expect(bureauOf(text).at(-1)).toEqual(['“一站通”服', false, 'bureau:a']);
  });
});

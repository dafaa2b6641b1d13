import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleBlocks, layoutArticle } from '../../../client/src/reading/articleBlocks.js';

const opening =
  '\n\n改革创新，狠抓落实\n\n## 区直部门、镇街作出这些承诺\n\n记者 邓超 王浩然 通讯员 骆青\n\n太白湖新区经济发展局\n\n## 智慧创新，让新区更绚烂\n\n2023年，太白湖新区经济发展局将围绕数字变革创新';
const shown = (text: string) => articleBlocks(text).map((b) => [b.kind, text.slice(b.start, b.end)]);

describe('laying the article out in headings and text', () => {
  it('shows a "## " line as a heading without its marks, and the text between headings as is', () => {
    expect(shown(opening)).toEqual([
      ['text', '改革创新，狠抓落实'],
      ['heading', '区直部门、镇街作出这些承诺'],
      ['text', '记者 邓超 王浩然 通讯员 骆青\n\n太白湖新区经济发展局'],
      ['heading', '智慧创新，让新区更绚烂'],
      ['text', '2023年，太白湖新区经济发展局将围绕数字变革创新'],
    ]);
    expect(
      articleBlocks(opening)
        .filter((b) => b.kind === 'heading')
        .map((b) => b.level),
    ).toEqual([2, 2]);
  });

  it('takes only a line that starts with #s and a space for a heading', () => {
    expect(shown('完成西北片区2#、3#地块交付任务\n#话题\n##\n## \n　　首行缩进')).toEqual([
      ['text', '完成西北片区2#、3#地块交付任务\n#话题\n##\n## \n　　首行缩进'],
    ]);
    expect(shown('### 小标题  \r\n正文')).toEqual([
      ['heading', '小标题'],
      ['text', '正文'],
    ]);
  });

  it('keeps a quote inside a heading highlighted at its own offsets', () => {
    const start = opening.indexOf('智慧创新');
    const end = start + '智慧创新，让新区更绚烂'.length;
    const heading = layoutArticle(opening, [{ start, end, ref: 'bureau:economic' }]).find((b) => b.kind === 'heading' && b.start === start)!;
    expect(heading.segments).toEqual([{ start, end, text: '智慧创新，让新区更绚烂', refs: ['bureau:economic'] }]);
  });

  it('highlights a quote that includes the "## " marks from the heading\'s first word', () => {
    const start = opening.indexOf('## 区直');
    const end = start + '## 区直部门、镇街作出这些承诺'.length;
    const cited = layoutArticle(opening, [{ start, end, ref: 'document' }]).flatMap((b) => b.segments.filter((s) => s.refs.length));
    expect(cited).toEqual([{ start: start + 3, end, text: '区直部门、镇街作出这些承诺', refs: ['document'] }]);
  });

  it('hides only heading marks and blank lines, and every segment is the verbatim text at its offsets', () => {
    const line = fc.oneof(fc.constantFrom('', '## 标题', '# T', '### 小节 ', '正文，句子。', '2#地块', '  缩进'), fc.string({ maxLength: 12 }));
    const article = fc.array(line, { maxLength: 10 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(article, fc.array(fc.tuple(fc.nat(200), fc.nat(200)), { maxLength: 5 }), (text, pairs) => {
        const citations = pairs.map(([x, y], i) => ({ start: Math.min(x, y) % (text.length + 1), end: Math.max(x, y) % (text.length + 1), ref: `r${i}` }));
        const blocks = layoutArticle(text, citations);
        const visible = new Set<number>();
        for (const block of blocks) {
          expect(block.segments.map((s) => s.text).join('')).toBe(text.slice(block.start, block.end));
          for (const s of block.segments) {
            expect(s.text).toBe(text.slice(s.start, s.end));
            for (let i = s.start; i < s.end; i++) visible.add(i);
          }
        }
        // What is not shown is whitespace or the #s of a heading mark.
        const hidden = [...text].map((ch, i) => (visible.has(i) ? '' : ch)).join('');
        expect(hidden).toMatch(/^[\s#]*$/);
      }),
    );
  });

  it('turns every "## " line of the seeded article into a heading', () => {
    const text = readFileSync(new URL('../../../seeds/documents/000_65510d1fc276f250.txt', import.meta.url), 'utf8');
    const headings = articleBlocks(text).filter((b) => b.kind === 'heading');
    expect(headings.map((b) => `## ${text.slice(b.start, b.end)}`)).toEqual(text.split('\n').filter((l) => l.startsWith('## ')));
    expect(articleBlocks(text).some((b) => text.slice(b.start, b.end).includes('## '))).toBe(false);
  });
});

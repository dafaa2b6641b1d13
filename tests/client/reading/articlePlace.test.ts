import { describe, expect, it } from 'vitest';
import { articlePlaces } from '../../../client/src/reading/articlePlace.js';

const text = ['', '副标题', '', '## 标题', '', '记者 某某', '', '经济发展局', '', '## 智慧创新', '', '2023年，经济发展局将建成平台。', '再建一个园区。'].join(
  '\n',
);

describe('where a quote stands in the article', () => {
  const place = articlePlaces(text);
  it('counts lines from 1, paragraphs as non-blank lines, and names the heading above', () => {
    expect(place(text.indexOf('副标题'))).toEqual({ line: 2, paragraph: 1, section: '' });
    expect(place(text.indexOf('记者'))).toEqual({ line: 6, paragraph: 3, section: '标题' });
    expect(place(text.indexOf('建成平台'))).toEqual({ line: 12, paragraph: 6, section: '智慧创新' });
    expect(place(text.indexOf('再建'))).toEqual({ line: 13, paragraph: 7, section: '智慧创新' });
  });
  it('places the heading itself under itself, and the very start on line 1', () => {
    expect(place(text.indexOf('智慧创新')).section).toBe('智慧创新');
    expect(place(0).line).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { textOf } from '../../../server/ingest/textOf.js';

describe('textOf', () => {
  it('strips HTML to its text: paragraphs on their own lines, headings marked, entities decoded, white space folded, scripts dropped', () => {
    const html = `<!doctype html><html><head><title>页面</title><style>p{color:red}</style></head><body>
      <h2>区建设局</h2><p>2024年，区建设局将新增停车位
      <b>三千个</b>&nbsp;&amp;打通断头路两条。</p><script>var x = "<p>不是正文</p>";</script><div>第二段</div></body></html>`;
    expect(textOf(html, 'report.html')).toBe('## 区建设局\n\n2024年，区建设局将新增停车位三千个 &打通断头路两条。\n\n第二段');
  });

  it('keeps .txt and .md as they are, so offsets index the file', () => {
    expect(textOf('## 标题\n\n正文', 'a.md')).toBe('## 标题\n\n正文');
    expect(textOf('正文', 'A.TXT')).toBe('正文');
  });

  it('refuses another format, naming the file', () => {
    expect(() => textOf('%PDF-1.7', 'report.pdf')).toThrow('report.pdf: ".pdf" is not a report format: give a .txt, .md or .html file');
  });
});

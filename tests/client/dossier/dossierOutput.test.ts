import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dossierHtml } from '../../../client/src/dossier/dossierHtml.js';
import { dossierMarkdown } from '../../../client/src/dossier/dossierMarkdown.js';
import { dossierModel } from '../../../client/src/dossier/dossierModel.js';
import { escapeHtml } from '../../../client/src/dossier/escapeHtml.js';
import { hostileText } from '../../helpers/hostileText.js';
import { dossierInput } from './dossierFixture.js';

/** Every tag the HTML builder writes itself (and the SVG it embeds): anything else came from the data. */
const OWN_TAGS = new Set(
  'html head meta title style body p button h1 h2 h3 small time br cite span figure figcaption svg table thead tbody tr th td section'.split(' '),
);
/** Text that CommonMark would read as markup, unescaped: a character of these not preceded by a backslash. */
const unescaped = (markdown: string, ch: string) => markdown.split('\n').some((line) => new RegExp(`(^|[^\\\\])(\\\\\\\\)*\\${ch}`).test(line));

const hostile = hostileText([3, 200]);

describe('the dossier as HTML', () => {
  it('is one page: the title in both languages, the date, the source, the verbatim note, the picture inline, quotes with their lines', () => {
    const html = dossierHtml(dossierModel(dossierInput({ lang: 'en' })));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<h1>Evidence dossier: 复兴之路 / Fuxing Road</h1>');
    expect(html).toContain('<time>2026-11-30</time>');
    expect(html).toContain('<cite lang="zh">区直部门作出这些承诺</cite>');
    expect(html).toContain('<time>2023-01-29</time>');
    expect(html).toContain('verbatim from “区直部门作出这些承诺”');
    expect(html).toContain('<figure><svg xmlns="http://www.w3.org/2000/svg">');
    expect(html).toContain('<td class="quote" lang="zh">全力推进复兴之路</td><td>line 5, paragraph 3, under “建设”</td>');
    expect(html).toContain('@page { size: A4; margin: 12mm; }');
    // Nothing to fetch: no script file, stylesheet or image from anywhere.
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/);
  });

  it('escapes every value: hostile names, quotes and titles stay text', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (name, quote, title) => {
        // A name equal to the English one is written once in the title.
        fc.pre(name !== 'Fuxing Road');
        const html = dossierHtml(dossierModel(dossierInput({ name, quote, title })));
        const tags = [...html.matchAll(/<\/?([A-Za-z][A-Za-z0-9-]*)/g)].map((m) => m[1]!.toLowerCase());
        for (const tag of tags) expect(OWN_TAGS, `<${tag}> came from the data`).toContain(tag);
        expect(html).toContain(escapeHtml(quote));
        expect(html).toContain(`<title>${escapeHtml(`证据档案: ${name} / Fuxing Road`)}</title>`);
        expect(html.match(/onclick=/g)).toHaveLength(1);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the dossier as Markdown', () => {
  it('has the title, the date, the source, the picture as a data: URI, and tables of quotes with their lines', () => {
    const md = dossierMarkdown(dossierModel(dossierInput({ lang: 'en' })));
    expect(md.startsWith('# Evidence dossier: 复兴之路 / Fuxing Road\n')).toBe(true);
    expect(md).toContain('Generated: 2026\\-11\\-30');
    expect(md).toContain('Source: 区直部门作出这些承诺 · 改革创新 · 2023\\-01\\-29');
    const uri = /!\[[^\]]*\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/.exec(md);
    expect(Buffer.from(uri![1]!, 'base64').toString('utf8')).toBe(dossierInput().svg);
    expect(md).toContain('| 全力推进复兴之路 | line 5, paragraph 3, under “建设” |');
    expect(md).toMatch(/### Construction Bureau: 推进复兴之路\n\n- Metric: investment\n- Comparator: ≥\n- Target: 10\n/);
  });

  it('escapes every value: table rows keep their cells, no raw HTML, no markup from the data', () => {
    fc.assert(
      fc.property(hostile, hostile, (name, quote) => {
        const md = dossierMarkdown(dossierModel(dossierInput({ name, quote })));
        for (const line of md.split('\n').filter((l) => l.startsWith('|'))) {
          const cells = line.split(/(?<!\\)(?:\\\\)*\|/).length - 2;
          expect([2, 5], line).toContain(cells);
        }
        // The only raw HTML is the line breaks it writes itself.
        expect(unescaped(md.replaceAll('<br>', ''), '<')).toBe(false);
        for (const ch of ['[', '*', '_', '`']) expect(unescaped(md.replace(/^!\[.*$/m, '').replace(/^\*[^\n]*\*$/m, ''), ch), ch).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

import { tableMessages } from '../i18n/tableMessages.js';
import type { DossierModel, DossierQuote } from './dossierModel.js';
import { dossierTitle } from './dossierTitle.js';
import { escapeHtml as e } from './escapeHtml.js';

// The page prints as it reads on screen: A4, tables that repeat their heading row and never cut
// a row in two, and no print button on paper.
const STYLE = `
body { font-family: system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif; color: #1d2430; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 1.6rem; border-bottom: 1px solid #d7dbe2; } h3 { font-size: 1rem; }
.meta { color: #39424f; } .verbatim { border-left: 3px solid #0072b2; padding-left: 0.6rem; }
figure { margin: 0; } figure svg { max-width: 100%; height: auto; border: 1px solid #d7dbe2; }
table { border-collapse: collapse; width: 100%; margin: 0.4rem 0; font-size: 0.9rem; }
th, td { border: 1px solid #d7dbe2; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
th { background: #f2f4f7; } td.quote { white-space: pre-wrap; }
thead { display: table-header-group; } tr, figure { break-inside: avoid; }
@page { size: A4; margin: 12mm; }
@media print { body { margin: 0; max-width: none; font-size: 10pt; } .print { display: none; } h2, h3 { break-after: avoid; } }
`;

const quoteCells = (q: DossierQuote | undefined) => `<td class="quote" lang="zh">${e(q?.quote ?? '')}</td><td>${e(q?.place ?? '')}</td>`;
/** One row per quote; a relationship or pledge without quotes still gets its row. */
const rows = (quotes: DossierQuote[], lead: string[] = []) =>
  (quotes.length ? quotes : [undefined]).map((q) => `<tr>${lead.map((cell) => `<td>${e(cell)}</td>`).join('')}${quoteCells(q)}</tr>`).join('\n');
const table = (head: string[], body: string) =>
  `<table><thead><tr>${head.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead><tbody>\n${body}\n</tbody></table>`;

/**
 * The dossier as one self-contained HTML page (its style inline, the picture as inline SVG, no
 * request to anywhere), made to be printed or handed on. Every value from the data is escaped;
 * the SVG comes from toSvg, which escapes its own text.
 */
export function dossierHtml(model: DossierModel): string {
  const d = tableMessages(model.lang).dossier;
  const { title, subtitle, date } = model.source;
  const heading = `${d.heading}: ${dossierTitle(model)}`;
  const parts = [
    '<!doctype html>',
    `<html lang="${model.lang === 'zh' ? 'zh-CN' : 'en'}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(heading)}</title><style>${STYLE}</style></head>`,
    '<body>',
    `<p class="print"><button type="button" onclick="window.print()">${e(d.print)}</button></p>`,
    `<h1>${e(heading)}</h1>`,
    `<p class="meta">${e(d.generated)}: <time>${e(model.generated)}</time><br>${e(d.source)}: <cite lang="zh">${e(title)}</cite>${subtitle ? ` · <span lang="zh">${e(subtitle)}</span>` : ''}${date ? ` · <time>${e(date)}</time>` : ''}</p>`,
    `<p class="verbatim">${e(d.verbatim(title))}</p>`,
    `<h2>${e(d.picture)}</h2>`,
    `<figure>${model.svg}<figcaption>${e(d.pictureNote)}</figcaption></figure>`,
    `<h2>${e(d.selection)}</h2>`,
    ...model.selected.map(
      (n) => `<h3>${e(n.name)} <small>(${e(n.kind)})</small></h3>${n.summary ? `<p>${e(n.summary)}</p>` : ''}${table([d.quote, d.place], rows(n.quotes))}`,
    ),
    `<h2>${e(d.relationships)}</h2>`,
    `<p>${e(d.relationshipsNote)}</p>`,
    model.relationships.length
      ? table([d.from, d.relation, d.to, d.quote, d.place], model.relationships.map((r) => rows(r.quotes, [r.from, r.relation, r.to])).join('\n'))
      : `<p>${e(d.none)}</p>`,
    `<h2>${e(d.pledges)}</h2>`,
    ...(model.pledges.length ? [] : [`<p>${e(d.none)}</p>`]),
    ...model.pledges.map(
      (p) =>
        `<section class="pledge"><h3>${e(p.bureau ? `${p.bureau}: ${p.name}` : p.name)}</h3>` +
        (p.numbers.length
          ? `<table class="numbers"><tbody>${p.numbers.map(([k, v]) => `<tr><th scope="row">${e(k)}</th><td>${e(v)}</td></tr>`).join('')}</tbody></table>`
          : '') +
        `${table([d.quote, d.place], rows(p.quotes))}</section>`,
    ),
    '</body>',
    '</html>',
  ];
  return `${parts.join('\n')}\n`;
}

import { tableMessages } from '../i18n/tableMessages.js';
import type { DossierModel, DossierQuote } from './dossierModel.js';
import { dossierTitle } from './dossierTitle.js';
import { escapeMarkdown as md } from './escapeMarkdown.js';

/** UTF-8 bytes as base64, in slices: one String.fromCharCode over a large picture would overflow the stack. */
function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const row = (cells: string[]) => `| ${cells.map(md).join(' | ')} |`;
const table = (head: string[], rows: string[][]) => [row(head), `|${head.map(() => '---').join('|')}|`, ...rows.map(row)].join('\n');
/** One row per quote; a relationship or pledge without quotes still gets its row. */
const quoteRows = (quotes: DossierQuote[], lead: string[] = []) => (quotes.length ? quotes.map((q) => [...lead, q.quote, q.place]) : [[...lead, '', '']]);

/**
 * The dossier as one self-contained Markdown file: the picture is a data: URI rather than a
 * sibling file, so that the one file can be handed on as it is. Every value from the data goes
 * through escapeMarkdown.
 */
export function dossierMarkdown(model: DossierModel): string {
  const d = tableMessages(model.lang).dossier;
  const { title, subtitle, date } = model.source;
  const sourceLine = [title, subtitle, date].filter(Boolean).join(' · ');
  const lines = [
    `# ${md(`${d.heading}: ${dossierTitle(model)}`)}`,
    '',
    `${md(d.generated)}: ${md(model.generated)}  `,
    `${md(d.source)}: ${md(sourceLine)}`,
    '',
    `> ${md(d.verbatim(title))}`,
    '',
    `## ${md(d.picture)}`,
    '',
    `![${md(d.picture)}](data:image/svg+xml;base64,${base64(model.svg)})`,
    '',
    `*${md(d.pictureNote)}*`,
    '',
    `## ${md(d.selection)}`,
  ];
  for (const node of model.selected) {
    lines.push('', `### ${md(`${node.name} (${node.kind})`)}`, '');
    if (node.summary) lines.push(md(node.summary), '');
    lines.push(table([d.quote, d.place], quoteRows(node.quotes)));
  }
  lines.push('', `## ${md(d.relationships)}`, '', md(d.relationshipsNote), '');
  lines.push(
    model.relationships.length
      ? table(
          [d.from, d.relation, d.to, d.quote, d.place],
          model.relationships.flatMap((r) => quoteRows(r.quotes, [r.from, r.relation, r.to])),
        )
      : md(d.none),
  );
  lines.push('', `## ${md(d.pledges)}`);
  if (!model.pledges.length) lines.push('', md(d.none));
  for (const pledge of model.pledges) {
    lines.push('', `### ${md(pledge.bureau ? `${pledge.bureau}: ${pledge.name}` : pledge.name)}`, '');
    if (pledge.numbers.length) lines.push(...pledge.numbers.map(([field, value]) => `- ${md(field)}: ${md(value)}`), '');
    lines.push(table([d.quote, d.place], quoteRows(pledge.quotes)));
  }
  return `${lines.join('\n')}\n`;
}

import type { PropertyValue, SeedGraph } from '../load/SeedGraph.js';

type SeedNode = SeedGraph['nodes'][number];

/** A seed property as table text: absent is empty. */
const asText = (value: PropertyValue | undefined): string => (value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value));

const MARKS = {
  /** A pledge attributed across a column break (it carries its reasoning). */
  attributed: '⚑',
  /** A pledge whose sentence the page cuts off (its name ends in an ellipsis). */
  truncated: '✂',
};

/**
 * The parts of seeds/COVERAGE.md that restate the seeds: one table of pledges per bureau and
 * the counts. Generated so that they cannot drift from the data; the judgement around them
 * stays hand-written. Pure: the validated graph in, markdown out.
 */
export function coverageTables(graph: SeedGraph): { pledges: string; counts: string } {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const document = graph.nodes.find((n) => n.label === 'Document');
  const text = document ? String(document.props.text) : '';
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const byPosition = (a: SeedNode, b: SeedNode) => Number(a.props.position ?? 0) - Number(b.props.position ?? 0);

  const sections = graph.nodes
    .filter((n) => n.label === 'Bureau')
    .sort(byPosition)
    .map((bureau) => {
      const pledges = graph.edges
        .filter((e) => e.type === 'MADE' && e.from === bureau.id)
        .map((e) => byId.get(e.to)!)
        .sort(byPosition);
      const rows = pledges.map((pledge, i) => {
        const p = pledge.props;
        const marks = [p.attributionNote ? MARKS.attributed : '', String(p.name).endsWith('…') ? MARKS.truncated : ''].join('');
        const numbers =
          p.target === undefined ? '' : `${asText(p.comparator)} ${asText(p.target)} ${asText(p.unit)} (${asText(p.metric)})`.replace(/\s+/g, ' ').trim();
        const links = graph.edges
          .filter((e) => e.from === pledge.id)
          .map((e) => `${e.type} \`${e.to}\`${e.props.confidence && e.props.confidence !== 'high' ? ` (${asText(e.props.confidence)})` : ''}`)
          .join('; ');
        return `| ${i + 1} | \`${pledge.id}\`${marks ? ` ${marks}` : ''} | ${lineAt(Number(p.position))} | ${cell(String(p.text))} | ${cell(numbers)} | ${links} |`;
      });
      return [
        `### ${asText(bureau.props.name)} — ${asText(bureau.props.nameEn)} (\`${bureau.id}\`, ${pledges.length} pledges)`,
        '',
        '| # | id | line | text (exact source words) | numbers | links |',
        '|---|---|---|---|---|---|',
        ...rows,
      ].join('\n');
    });

  const kinds = countBy(graph.nodes.filter((n) => n.label !== 'Document').map((n) => n.label.toLowerCase()));
  const types = countBy(graph.edges.map((e) => e.type));
  const counts = [countTable('kind', kinds), '', countTable('relationship type', types)].join('\n');
  return { pledges: sections.join('\n\n'), counts };
}

/** Text inside a markdown table cell: a pipe would end the cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function countBy(keys: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  // Largest first, then by name: a stable order however the seed files are arranged.
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function countTable(heading: string, rows: [string, number][]): string {
  const total = rows.reduce((sum, [, n]) => sum + n, 0);
  return [`| ${heading} | count |`, '|---|---|', ...rows.map(([key, n]) => `| ${key} | ${n} |`), `| **total** | **${total}** |`].join('\n');
}

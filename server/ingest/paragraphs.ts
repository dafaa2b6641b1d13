import type { Mention } from './findMentions.js';
import { quantities } from './quantities.js';
import { firstRule } from './rules.js';
import { speaksFor } from './speaksFor.js';

export interface Paragraph {
  start: number;
  end: number;
  text: string;
  /** A title line (markdown #, or an organ's name alone): never a pledge itself. */
  heading: boolean;
  /** The organ whose section this is: an id, null for an organ not in the graph, undefined before any. */
  bureauId: string | null | undefined;
  /** The year the section speaks of (2024年，…), inherited by the paragraphs after it. */
  year?: number;
}

/** How a finished paragraph ends; one that ends otherwise was cut by the page's columns. */
const CLOSED = /[。！？!?；;…”」）)]$/u;

/**
 * The text's lines, each with the organ whose section it is in. A line that is only an organ's
 * name (a known bureau, or any …局/…中心 by the heading rule) starts that organ's section; a
 * paragraph whose subject is a known bureau (区建设局将…, not 会同区文旅局…) speaks for it; other
 * lines inherit.
 *
 * Newspaper pages run columns together: a paragraph may stop mid-sentence (…建立) and go on
 * further down, after another organ's section. A later paragraph that opens mid-sentence — its
 * first clause has no verb, no number and is no time phrase (“一对一”对接机制，扶持…) — continues
 * a cut paragraph: the one whose last word is a verb still waiting for its object, else the latest.
 */
export function paragraphs(text: string, mentions: readonly Mention[]): Paragraph[] {
  const result: Paragraph[] = [];
  let bureauId: string | null | undefined;
  let year: number | undefined;
  let cut: Paragraph[] = [];
  for (const match of text.matchAll(/[^\n]+/gu)) {
    const raw = match[0];
    const line = raw.trim();
    if (line === '') continue;
    const start = match.index + raw.length - raw.trimStart().length;
    const end = start + line.length;
    const inLine = mentions.filter((m) => m.start >= start && m.end <= end);
    const bureaus = inLine.filter((m) => m.kind === 'BUREAU');
    const speaker = bureaus.find((m) => speaksFor(m, { start, text: line }));
    const alone = bureaus.length === 1 && bureaus[0]!.start === start && bureaus[0]!.end === end;
    const organ = !alone && !line.startsWith('#') && firstRule('heading', line);
    const heading = alone || Boolean(organ) || line.startsWith('#');
    const previous = result.at(-1);
    if (alone || organ) {
      bureauId = alone ? bureaus[0]!.entityId : null;
      year = undefined;
    } else if (!heading && speaker) {
      bureauId = speaker.entityId;
    } else if (!heading && previous && !previous.heading && !CLOSED.test(previous.text)) {
      cut = cut.filter((p) => p !== previous);
    } else if (!heading && cut.length > 0 && opensMidSentence(line, start, inLine)) {
      const continued = cut.findLast((p) => endsOnVerb(p.text)) ?? cut.at(-1)!;
      cut = cut.filter((p) => p !== continued);
      bureauId = continued.bureauId;
      year = continued.year;
    }
    const said = /^[^，。]{0,12}?(20\d{2})年/u.exec(line);
    if (said && !heading) year = Number(said[1]);
    const paragraph: Paragraph = { start, end, text: line, heading, bureauId, year };
    if (!heading && !CLOSED.test(line)) cut.push(paragraph);
    result.push(paragraph);
  }
  return result;
}

function opensMidSentence(line: string, start: number, inLine: readonly Mention[]): boolean {
  const comma = line.search(/[，,]/u);
  if (comma <= 0) return false;
  // Names do not count as words of the clause: 建设 inside a project's name is no verb.
  let first = line.slice(0, comma);
  for (const m of inLine) if (m.start - start < comma) first = first.replace(m.text, '＿');
  if (/^(?:\d{4}年|同时|此外|另外|其中|目前|下一步)/u.test(first)) return false;
  return !firstRule('commitment', first) && !firstRule('progress', first) && quantities(first).length === 0;
}

function endsOnVerb(text: string): boolean {
  const verb = firstRule('commitment', text.slice(-4));
  return verb !== undefined && verb.match.index + verb.match[0].length === Math.min(4, text.length);
}

import type { Mention } from './findMentions.js';
import type { Paragraph } from './paragraphs.js';

/** The paragraph with organs' names blanked, for the rules to read: 建设局 commits to no 建设. */
export function blankOrgans(para: Paragraph, mentions: readonly Mention[]): string {
  let text = para.text;
  for (const m of mentions)
    if (m.kind === 'BUREAU' && m.start >= para.start && m.end <= para.end)
      text = text.slice(0, m.start - para.start) + '＿'.repeat(m.end - m.start) + text.slice(m.end - para.start);
  return text;
}

import type { Mention } from './findMentions.js';

/** What follows an organ's name when it is the subject: 区建设局将…, 应急管理局提出…, 建设局，… */
const SPEAKING = /^(?:将|要|还将|也将|还要|表示|提出|指出|称|计划|力争|确保|坚持|今年|明年|\d{4}年|[，,：:])/u;

/**
 * Whether a bureau's mention names who speaks (区建设局将…) rather than a partner in someone
 * else's pledge (会同区文旅局推进…): it opens its paragraph, or a subject's words follow it.
 */
export function speaksFor(mention: Mention, paragraph: { start: number; text: string }): boolean {
  const after = paragraph.text.slice(mention.end - paragraph.start, mention.end - paragraph.start + 4);
  return mention.kind === 'BUREAU' && (mention.start === paragraph.start || SPEAKING.test(after));
}

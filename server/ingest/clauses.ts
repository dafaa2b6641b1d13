import { firstRule } from './rules.js';
import { quantities } from './quantities.js';

export interface Clause {
  start: number;
  end: number;
  text: string;
  /** The sentence it is in (its offsets): a verbless item borrows its sentence's verb. */
  sentence: number;
  /** The commitment rule that fired in the clause's own words, if any. */
  rule?: string;
  confidence?: number;
}

/**
 * A paragraph cut into the items a report lists: at 。；！？ always; at ， and 、 where the next
 * item starts its own action (a commitment verb) or its own quantity (4条…、3处…); never inside
 * quotes (“靠的上、顶得住”). A fragment with neither (建强队伍) stays with the item before it.
 * `ruleText` is the text the rules read: the same, with organs' names blanked (建设局 builds nothing).
 */
export function clauses(text: string, offset: number, ruleText = text): Clause[] {
  const pieces: { start: number; end: number; sentence: number }[] = [];
  let depth = 0;
  let pieceStart = 0;
  let sentence = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '“') depth++;
    if (c === '”') depth = Math.max(0, depth - 1);
    const hard = c === undefined || (depth === 0 && /[。；;！？!?]/.test(c));
    // 和 joins two actions when a verb follows it: …停车场建设和争创“…试点区”.
    const joinsActions = c === '和' && firstRule('commitment', text.slice(i + 1, i + 3))?.match.index === 0;
    const soft = depth === 0 && c !== undefined && (/[，,、：:]/.test(c) || joinsActions);
    if (!hard && !soft) continue;
    if (i > pieceStart) pieces.push({ start: pieceStart, end: i, sentence });
    pieceStart = i + 1;
    if (hard) sentence++;
  }
  const result: Clause[] = [];
  let prefix: { start: number; sentence: number } | undefined;
  const push = (start: number, end: number, sentence: number, commitment?: ReturnType<typeof firstRule<'commitment'>>) =>
    result.push({
      start: offset + start,
      end: offset + end,
      text: text.slice(start, end),
      sentence: offset + sentence,
      rule: commitment?.rule.id,
      confidence: commitment?.rule.yields.confidence,
    });
  pieces.forEach((piece, i) => {
    const words = ruleText.slice(piece.start, piece.end);
    const commitment = firstRule('commitment', words);
    const counted = quantities(words);
    const acts = commitment !== undefined || firstRule('progress', words) !== undefined;
    // In a list (、) only an item that opens with its own number stands alone: …4条…、3处….
    const standsAlone = text[piece.start - 1] === '、' ? counted[0]?.start === 0 : acts || counted.length > 0;
    const previous = result.at(-1);
    const sameSentence = previous?.sentence === offset + piece.sentence;
    const lastOfSentence = pieces[i + 1]?.sentence !== piece.sentence;
    if (previous && sameSentence && !standsAlone) {
      previous.end = offset + piece.end;
      previous.text = text.slice(previous.start - offset, piece.end);
      return;
    }
    // A verbless opening (2023年，) belongs to the item it introduces.
    if (!sameSentence && !standsAlone && !lastOfSentence) {
      prefix ??= { start: piece.start, sentence: piece.sentence };
      return;
    }
    const start = prefix?.sentence === piece.sentence ? prefix.start : piece.start;
    prefix = undefined;
    push(start, piece.end, piece.sentence, commitment);
  });
  return result;
}

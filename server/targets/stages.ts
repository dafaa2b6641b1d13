import type { TargetStage } from '../generated/graphql.js';

export type { TargetStage };

/**
 * How far the courting of a company or institution has gone, read from the verb the source uses
 * for it. One row per verb; a verb not listed here gives no stage. The stages, furthest first:
 *
 * | stage   | verbs                      | reading                                           |
 * |---------|----------------------------|---------------------------------------------------|
 * | SETTLED | 入驻, 落户                  | it settles (or is to settle) in a park or place   |
 * | COURTED | 招引, 引进, 引入, 对接      | it is being attracted, brought in, in contact     |
 * | STUDIED | 考察, 调研                  | it is being inspected and studied                 |
 * | WATCHED | 紧盯                        | it is being watched closely                       |
 *
 * The source's verb is taken as it stands: 加快入驻 ("settle sooner") reads as SETTLED, for the
 * article tells the settling, not whether it is done.
 */
export const STAGE_RULES: readonly { verb: string; stage: TargetStage }[] = [
  { verb: '入驻', stage: 'SETTLED' },
  { verb: '落户', stage: 'SETTLED' },
  { verb: '招引', stage: 'COURTED' },
  { verb: '引进', stage: 'COURTED' },
  { verb: '引入', stage: 'COURTED' },
  { verb: '对接', stage: 'COURTED' },
  { verb: '考察', stage: 'STUDIED' },
  { verb: '调研', stage: 'STUDIED' },
  { verb: '紧盯', stage: 'WATCHED' },
];

/** Furthest first: when several verbs occur, the earliest stage in this list wins. */
export const STAGE_ORDER: readonly TargetStage[] = ['SETTLED', 'COURTED', 'STUDIED', 'WATCHED'];

export interface StageReading {
  stage: TargetStage;
  /** The verb that fired, as the source writes it. */
  verb: string;
  /** The quote it was found in. */
  quote: string;
}

/**
 * The furthest stage any verb of STAGE_RULES gives in these quotes, with the verb and the quote
 * that gave it; null when none occurs. Among verbs of the same stage, the first in the text wins
 * (then the first quote).
 */
export function stageOf(quotes: readonly string[]): StageReading | null {
  let best: (StageReading & { rank: number; at: number }) | null = null;
  for (const quote of quotes) {
    for (const { verb, stage } of STAGE_RULES) {
      const at = quote.indexOf(verb);
      if (at < 0) continue;
      const rank = STAGE_ORDER.indexOf(stage);
      if (!best || rank < best.rank || (rank === best.rank && quote === best.quote && at < best.at)) best = { stage, verb, quote, rank, at };
    }
  }
  return best && { stage: best.stage, verb: best.verb, quote: best.quote };
}

/**
 * The stage of a company as one bureau courts it: the nearest words decide. First the quotes of
 * the relationships themselves (the pledge's TARGETS / PARTNERS, the company's own SETTLES_IN /
 * OPERATES), then the pledge's text, then the pledge's other quotes; the first of these that holds
 * a verb gives the stage. So 紧盯三井物产株式会社 reads WATCHED although the same sentence goes on
 * to 加大对接频次, and 鲁西南细胞制备中心, whose own words hold no verb, takes 入驻 from its
 * pledge's sentence (…等项目加快入驻济东产业园).
 */
export function stageFromTiers(tiers: readonly (readonly string[])[]): StageReading | null {
  for (const quotes of tiers) {
    const reading = stageOf(quotes);
    if (reading) return reading;
  }
  return null;
}

/** The furthest of several readings (null when there are none). */
export function furthest(readings: readonly (StageReading | null)[]): StageReading | null {
  let best: StageReading | null = null;
  for (const reading of readings) {
    if (reading && (!best || STAGE_ORDER.indexOf(reading.stage) < STAGE_ORDER.indexOf(best.stage))) best = reading;
  }
  return best;
}

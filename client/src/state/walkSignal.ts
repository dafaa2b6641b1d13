import { z } from 'zod';

// No compiled parsers: the page's policy allows no eval (see urlState.ts).
z.config({ jitless: true });

/** The BroadcastChannel that keeps the room's window and the speaker view on the same step. */
export const WALK_CHANNEL = 'pledge-walk';

const ID = z.string().regex(/^[A-Za-z0-9_.:|-]{1,300}$/);

/**
 * What the two windows tell each other. Any page of the origin can post on the channel (another
 * tab, an old version of the app), so every message is checked on receipt.
 */
const WalkSignalSchema = z.discriminatedUnion('type', [
  /** This window now shows `step` (1-based) of `walk`: the other follows. */
  z.object({ type: z.literal('step'), walk: ID, step: z.number().int().min(1).max(999) }),
  /** A speaker view opened: the room answers with its step. */
  z.object({ type: z.literal('where') }),
  /** The room left presenter mode. */
  z.object({ type: z.literal('ended'), walk: ID }),
]);

export type WalkSignal = z.infer<typeof WalkSignalSchema>;

/** The message, or null when it is not one of ours. */
export function readWalkSignal(data: unknown): WalkSignal | null {
  const parsed = WalkSignalSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

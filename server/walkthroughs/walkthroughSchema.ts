import { z } from 'zod';

/**
 * One schema for a walkthrough wherever it comes from: a seed file (seeds/walkthroughs), a YAML
 * import, or saveWalkthrough's input. So an exported walkthrough is always a valid seed file, and
 * a seed file always imports. Strict: a misspelt field is an error, not silently dropped.
 */

export const LIMITS = { title: 200, text: 4000, steps: 100, focus: 200, minZoom: 0.01, maxZoom: 100 } as const;

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'preset'] as const;

/** Half of a surrogate pair: Bolt (UTF-8) cannot carry it, so it would be stored as U+FFFD. */
const LONE_SURROGATE = /\p{Cs}/u;

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((value) => !LONE_SURROGATE.test(value), { message: 'must be well-formed Unicode (half of a surrogate pair found)' });

export const WALKTHROUGH_ID = /^walkthrough:[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const WalkthroughId = z.string().regex(WALKTHROUGH_ID, 'must look like walkthrough:slug (lowercase ascii, hyphens)');

const EntityId = z.string().regex(/^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must look like kind:slug (lowercase ascii, hyphens)');
const ids = (max: number) => z.array(EntityId).max(max, `must hold at most ${max} ids`);
// zod 4 refuses NaN and ±Infinity in z.number(); YAML can write both (.nan, .inf).
const coordinate = z.number({ error: 'must be a finite number' });

const PositionSchema = z.strictObject({ id: EntityId, x: coordinate, y: coordinate });

const ViewportSchema = z.strictObject({
  zoom: z
    .number({ error: 'must be a finite number' })
    .min(LIMITS.minZoom, `must be from ${LIMITS.minZoom} to ${LIMITS.maxZoom}`)
    .max(LIMITS.maxZoom, `must be from ${LIMITS.minZoom} to ${LIMITS.maxZoom}`),
  x: coordinate,
  y: coordinate,
});

export const StepSchema = z
  .strictObject({
    title: text(LIMITS.title),
    titleZh: text(LIMITS.title).optional(),
    narration: text(LIMITS.text),
    narrationZh: text(LIMITS.text).optional(),
    notes: text(LIMITS.text).optional(),
    notesZh: text(LIMITS.text).optional(),
    focus: ids(LIMITS.focus).min(1, 'needs at least one entity id to show'),
    highlight: ids(LIMITS.focus).optional(),
    selection: ids(LIMITS.focus).optional(),
    layout: z.enum(LAYOUTS, { error: `must be one of ${LAYOUTS.join(', ')}` }).optional(),
    positions: z.array(PositionSchema).max(LIMITS.focus, `must hold at most ${LIMITS.focus} positions`).optional(),
    viewport: ViewportSchema.optional(),
  })
  .superRefine((step, ctx) => {
    const focus = new Set<string>();
    step.focus.forEach((id, i) => {
      if (focus.has(id)) ctx.addIssue({ code: 'custom', path: ['focus', i], message: `repeats "${id}"` });
      focus.add(id);
    });
    const notInFocus = (id: string) => `names "${id}", which is not in this step's focus`;
    for (const key of ['highlight', 'selection'] as const) {
      step[key]?.forEach((id, i) => {
        if (!focus.has(id)) ctx.addIssue({ code: 'custom', path: [key, i], message: notInFocus(id) });
      });
    }
    const placed = new Set<string>();
    step.positions?.forEach(({ id }, i) => {
      if (!focus.has(id)) ctx.addIssue({ code: 'custom', path: ['positions', i, 'id'], message: notInFocus(id) });
      else if (placed.has(id)) ctx.addIssue({ code: 'custom', path: ['positions', i, 'id'], message: `places "${id}" a second time` });
      placed.add(id);
    });
  });

const walkthroughFields = {
  title: text(LIMITS.title),
  titleZh: text(LIMITS.title).optional(),
  steps: z.array(StepSchema).min(1, 'needs at least one step').max(LIMITS.steps, `must hold at most ${LIMITS.steps} steps`),
};

/** A seed file or an imported one: the id is part of the file. */
export const WalkthroughFileSchema = z.strictObject({ id: WalkthroughId, ...walkthroughFields });

/** saveWalkthrough's input: without id, a new walkthrough is made. */
export const WalkthroughInputSchema = z.strictObject({ id: WalkthroughId.optional(), ...walkthroughFields });

export type StepData = z.infer<typeof StepSchema>;
export type WalkthroughFile = z.infer<typeof WalkthroughFileSchema>;
export type WalkthroughData = z.infer<typeof WalkthroughInputSchema>;

import { z } from 'zod';
import { BadUserInputError } from '../errors.js';

/** Validates a root field's arguments; the first problem becomes BAD_USER_INPUT naming the argument. */
export function parseArgs<S extends z.ZodType>(schema: S, args: unknown): z.infer<S> {
  const parsed = schema.safeParse(args);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new BadUserInputError(String(issue.path[0] ?? 'arguments'), issue.message);
}

/** An integer argument in [min, max]; the message states the range and what was given. */
export const intInRange = (min: number, max: number) =>
  z.number().superRefine((value, ctx) => {
    if (!Number.isInteger(value) || value < min || value > max) {
      ctx.addIssue({ code: 'custom', message: `must be an integer from ${min} to ${max}, got ${value}` });
    }
  });

export const nonBlank = z.string().refine((value) => value.trim().length > 0, { message: 'must not be blank' });

/** Optional GraphQL list argument: absent or null means "no filter". */
export const kindsArg = z
  .array(z.string())
  .nullish()
  .transform((kinds) => (kinds && kinds.length > 0 ? kinds : null));

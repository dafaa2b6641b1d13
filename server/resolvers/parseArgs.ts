import { z } from 'zod';
import { BadUserInputError } from '../errors.js';

/** Validates a root field's arguments; the first problem becomes BAD_USER_INPUT naming the argument. */
export function parseArgs<S extends z.ZodType>(schema: S, args: unknown): z.infer<S> {
  const parsed = schema.safeParse(args);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new BadUserInputError(String(issue.path[0] ?? 'arguments'), issue.message);
}

/**
 * Validates one input-object argument; the first problem becomes BAD_USER_INPUT naming the path
 * into it (`input.steps[2].focus[0]`). Nulls count as absent, as GraphQL clients send them for
 * optional fields they leave empty.
 */
export function parseArgument<S extends z.ZodType>(schema: S, name: string, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(withoutNulls(value));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new BadUserInputError(argumentPath(name, issue.path), issue.message);
}

/** input + [steps, 2, focus, 0] → input.steps[2].focus[0] */
export function argumentPath(name: string, path: readonly PropertyKey[]): string {
  return name + path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, field]) => field !== null && field !== undefined)
      .map(([key, field]) => [key, withoutNulls(field)]),
  );
}

/** An integer argument in [min, max]; the message states the range and what was given. */
export const intInRange = (min: number, max: number) =>
  z.number().superRefine((value, ctx) => {
    if (!Number.isInteger(value) || value < min || value > max) {
      ctx.addIssue({ code: 'custom', message: `must be an integer from ${min} to ${max}, got ${value}` });
    }
  });

/** Half of a surrogate pair: with the u flag, only an unpaired one matches. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Text the database can be asked about as sent. Bolt carries UTF-8, which cannot hold half of a
 * surrogate pair (JSON can: "\ud800"), so the driver would send U+FFFD in its place and Neo4j
 * would answer about, and name back, a string the client never sent. GraphQL refuses the same
 * text in a query's own string literals.
 */
const wellFormed = z.string().refine((value) => !LONE_SURROGATE.test(value), { message: 'must be well-formed Unicode (half of a surrogate pair found)' });

export const nonBlank = wellFormed.refine((value) => value.trim().length > 0, { message: 'must not be blank' });

/** Optional GraphQL list argument: absent or null means "no filter". */
export const kindsArg = z
  .array(z.string())
  .nullish()
  .transform((kinds) => (kinds && kinds.length > 0 ? kinds : null));

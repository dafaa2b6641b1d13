import { z } from 'zod';

/** Whether `value` is a calendar date written YYYY-MM-DD (2023-02-30 is not). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A date argument or field: YYYY-MM-DD and a real day; the message says what was given. */
export const isoDate = z.string().refine(isIsoDate, { error: 'must be a real date written YYYY-MM-DD' });

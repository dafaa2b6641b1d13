/**
 * The median of each figure over repeated runs of the same measurement (`--repeat`): the targets
 * are judged on medians, since one run on two shared cores can be off by half. The runs have the
 * same shape (run.ts makes them alike); numbers at the same place are replaced by their median,
 * anything else (names, sizes) is taken from the first run. A null is a figure that did not
 * finish (a layout past its limit): it counts as slower than any number, so the median is null
 * only when at least half of the runs did not finish.
 */
export function medianOf<T>(runs: readonly T[]): T {
  if (runs.length === 0) throw new Error('medianOf needs at least one run');
  return merge(runs as unknown[]) as T;
}

function merge(values: unknown[]): unknown {
  const [first] = values;
  if (typeof first === 'number' || (first === null && values.some((v) => typeof v === 'number'))) return median(values as (number | null)[]);
  if (Array.isArray(first)) return first.map((_, i) => merge(values.map((v) => (v as unknown[])[i])));
  if (first !== null && typeof first === 'object')
    return Object.fromEntries(Object.keys(first).map((key) => [key, merge(values.map((v) => (v as Record<string, unknown>)[key]))]));
  return first;
}

/** The middle value (for an even count, the mean of the two middle ones), nulls last. */
function median(values: (number | null)[]): number | null {
  const sorted = values.map((v) => v ?? Infinity).sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const value = sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : null;
}

export interface Timing {
  runs: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Percentiles (nearest rank) of durations in milliseconds. */
export function percentiles(durations: number[]): Timing {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  const round = (x: number) => Math.round(x * 100) / 100;
  return { runs: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), max: round(sorted.at(-1) ?? NaN) };
}

/**
 * Runs `work` once per input untimed (so that whichever path is measured first does not pay
 * for cold caches alone), then once more per input timed; stops early after `budgetMs`.
 */
export async function measure<T>(inputs: T[], work: (input: T) => Promise<unknown>, { warmup = inputs.length, budgetMs = 60_000 } = {}): Promise<Timing> {
  for (const input of inputs.slice(0, warmup)) await work(input);
  const durations: number[] = [];
  const deadline = performance.now() + budgetMs;
  for (const input of inputs) {
    const started = performance.now();
    await work(input);
    durations.push(performance.now() - started);
    if (performance.now() > deadline) break;
  }
  return percentiles(durations);
}

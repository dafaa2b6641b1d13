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
 * Times two ways of doing the same work side by side: one untimed pass of each over all
 * inputs (warm caches and JIT for both), then, per input, both ways in alternating order. Run
 * one after the other, whichever went second would meet a database that had kept warming up
 * meanwhile; interleaved, both see the same state. Stops early after `budgetMs`.
 */
export async function measurePair<T>(
  inputs: T[],
  first: (input: T) => Promise<unknown>,
  second: (input: T) => Promise<unknown>,
  { budgetMs = 120_000 } = {},
): Promise<[Timing, Timing]> {
  for (const input of inputs) await first(input);
  for (const input of inputs) await second(input);
  const durations: [number[], number[]] = [[], []];
  const time = async (which: 0 | 1, input: T) => {
    const started = performance.now();
    await (which === 0 ? first : second)(input);
    durations[which].push(performance.now() - started);
  };
  const deadline = performance.now() + budgetMs;
  for (const [i, input] of inputs.entries()) {
    const order: [0 | 1, 0 | 1] = i % 2 === 0 ? [0, 1] : [1, 0];
    for (const which of order) await time(which, input);
    if (performance.now() > deadline) break;
  }
  return [percentiles(durations[0]), percentiles(durations[1])];
}

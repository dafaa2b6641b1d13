import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianOf } from '../../bench/medianOf.js';

/** A run's figures as the bench writes them: two-decimal numbers, nulls for layouts past their limit. */
const figure = fc.integer({ min: 0, max: 10_000_000 }).map((x) => x / 100);
const run = fc.record({
  size: fc.constant('M'),
  load: fc.record({ entitiesPerSec: figure, vsDriver: figure }),
  api: fc.tuple(fc.record({ name: fc.constant('search'), c1: fc.record({ p50: figure, p95: figure }) })),
  client: fc.record({ layoutMs: fc.record({ '1k': figure, '5k': fc.option(figure, { nil: null }) }) }),
});

describe('medianOf', () => {
  it('takes the middle run of three for each figure on its own, and keeps names', () => {
    const runs = [
      { size: 'M', api: [{ name: 'search', p95: 30 }], load: { vsDriver: 0.8 } },
      { size: 'M', api: [{ name: 'search', p95: 10 }], load: { vsDriver: 1.2 } },
      { size: 'M', api: [{ name: 'search', p95: 20 }], load: { vsDriver: 0.9 } },
    ];
    expect(medianOf(runs)).toEqual({ size: 'M', api: [{ name: 'search', p95: 20 }], load: { vsDriver: 0.9 } });
  });

  it('averages the two middle figures of an even count', () => {
    expect(medianOf([{ a: 1 }, { a: 4 }, { a: 2 }, { a: 100 }])).toEqual({ a: 3 });
  });

  it('counts a figure that did not finish as slower than any: null only when half or more did not', () => {
    expect(medianOf([{ ms: null }, { ms: 3000 }, { ms: 4000 }])).toEqual({ ms: 4000 });
    expect(medianOf([{ ms: null }, { ms: null }, { ms: 4000 }])).toEqual({ ms: null });
    expect(medianOf([{ ms: null }, { ms: 4000 }])).toEqual({ ms: null });
    expect(medianOf([{ ms: null }, { ms: null }])).toEqual({ ms: null });
  });

  it('gives one run back as it was', () => {
    fc.assert(
      fc.property(run, (r) => {
        expect(medianOf([r])).toEqual(r);
      }),
    );
  });

  it('does not depend on the order of the runs, and each figure lies between the runs’ least and greatest', () => {
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 5 }), (runs) => {
        const median = medianOf(runs);
        expect(medianOf([...runs].reverse())).toEqual(median);
        const p95s = runs.map((r) => r.api[0].c1.p95);
        expect(median.api[0].c1.p95).toBeGreaterThanOrEqual(Math.min(...p95s));
        expect(median.api[0].c1.p95).toBeLessThanOrEqual(Math.max(...p95s));
      }),
    );
  });

  it('refuses no runs at all', () => {
    expect(() => medianOf([])).toThrow(/at least one run/);
  });
});

import { isInt } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toNeo4jParams } from '../../../server/db/toNeo4jParams.js';

describe('toNeo4jParams', () => {
  it('sends top-level whole numbers as integers (LIMIT needs them) and leaves everything else as it is', () => {
    const rows = [{ target: 10 }];
    const params = toNeo4jParams({ limit: 20, depth: 0, ratio: 0.5, text: '20', rows, none: null });
    expect(isInt(params.limit) && isInt(params.depth)).toBe(true);
    expect(Number(params.limit)).toBe(20);
    expect(params).toMatchObject({ ratio: 0.5, text: '20', none: null });
    // Data in the loader's rows keeps its type: a target of 10 is not turned into an integer.
    expect(params.rows).toBe(rows);
  });
});

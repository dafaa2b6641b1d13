import { describe, expect, it } from 'vitest';
import { statsQuery } from '../../../server/cypher/stats.js';

describe('statsQuery', () => {
  it('is one parameterless query counting kinds and relationship types', () => {
    expect(statsQuery()).toMatchSnapshot();
  });
});

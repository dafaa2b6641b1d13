import { describe, expect, it } from 'vitest';
import { walkthroughsQuery } from '../../../server/cypher/walkthroughs.js';

describe('walkthroughsQuery', () => {
  it('reads the walkthroughs in order', () => {
    expect(walkthroughsQuery()).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (w:Walkthrough) RETURN properties(w) AS walkthrough ORDER BY w.position, w.id",
        "params": {},
      }
    `);
  });
});
